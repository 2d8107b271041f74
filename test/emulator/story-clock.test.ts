import { describe, expect, it } from 'vitest';
import { storyClock } from '../../src/emulator/seed/story-clock';

const REAL = Date.parse('2026-12-06T12:00:00.000Z');

describe('the seed’s story clock', () => {
  it('stamps real time until it is set back', () => {
    const clock = storyClock(() => REAL);
    expect(clock.now()).toBe('2026-12-06T12:00:00.000Z');
    expect(clock.now()).toBe('2026-12-06T12:00:00.001Z');
  });

  it('stamps from the instant it is set to, a millisecond later each time', () => {
    const clock = storyClock(() => REAL);
    clock.setTo('2026-10-21T09:00:00.000Z');
    expect([clock.now(), clock.now()]).toEqual(['2026-10-21T09:00:00.000Z', '2026-10-21T09:00:00.001Z']);
    clock.setTo('2026-11-16T14:30:00.000Z');
    expect(clock.now()).toBe('2026-11-16T14:30:00.000Z');
  });

  it('never goes back on a stamp it has given, nor runs ahead of real time', () => {
    const clock = storyClock(() => REAL);
    clock.setTo('2026-11-16T14:30:00.000Z');
    const first = clock.now();
    clock.setTo('2026-10-01T00:00:00.000Z');
    expect(clock.now() > first).toBe(true);
    clock.setTo('2027-01-01T00:00:00.000Z');
    expect(clock.now()).toBe('2026-12-06T12:00:00.000Z');
  });

  it('refuses an instant it cannot read', () => {
    expect(() => storyClock().setTo('last Tuesday')).toThrow(RangeError);
  });
});
