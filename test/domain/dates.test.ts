import { describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatShortDate,
  isIsoDate,
  isoDate,
  londonDateOf,
  parseBritishDate,
} from '../../src/domain/dates';

describe('dates', () => {
  it.each([
    ['2018-05-11', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2018-5-11', false],
    ['11/05/2018', false],
  ])('isIsoDate(%s) is %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it.each([
    ['11/05/2018', '2018-05-11'],
    ['1/2/2026', '2026-02-01'],
    ['31/12/26', '2026-12-31'],
    ['31/02/2026', null],
    ['2026-05-11', null],
    ['next week', null],
  ])('reads the British date %s as %s', (typed, expected) => expect(parseBritishDate(typed)).toBe(expected));

  it('formats dates the British way', () => {
    expect(formatLongDate(isoDate('2018-05-11'))).toBe('11 May 2018');
    expect(formatShortDate(isoDate('2018-05-11'))).toBe('11/05/2018');
  });

  it('takes the London calendar date of an instant, across the clock change', () => {
    expect(londonDateOf(new Date('2018-05-10T23:30:00Z'))).toBe('2018-05-11');
    expect(londonDateOf(new Date('2018-01-10T23:30:00Z'))).toBe('2018-01-10');
  });
});
