import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { parseGovUkFeed } from '../../../src/domain/calendar/gov-uk-feed';
import { holidayCalendarWith, isWorkingDay } from '../../../src/domain/calendar/working-days';

const event = (date: string, title = 'Bank holiday') => ({ title, date, notes: '', bunting: true });

// The shape of https://www.gov.uk/bank-holidays.json, cut down.
const sampleFeed = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      event('2031-01-01', 'New Year’s Day'),
      event('2022-06-03', 'Platinum Jubilee bank holiday'),
      { title: 'Boxing Day', date: '2020-12-28', notes: 'Substitute day', bunting: true },
      event('2022-06-03', 'Platinum Jubilee bank holiday'),
    ],
  },
  scotland: { division: 'scotland', events: [event('2031-01-02', '2nd January')] },
  'northern-ireland': { division: 'northern-ireland', events: [event('2031-03-17', 'St Patrick’s Day')] },
};

describe('parseGovUkFeed', () => {
  it('reads England & Wales dates only, sorted and distinct', () => {
    expect(parseGovUkFeed(sampleFeed)).toEqual({ ok: true, value: ['2020-12-28', '2022-06-03', '2031-01-01'] });
  });

  it('reads the feed as text too', () => {
    expect(parseGovUkFeed(JSON.stringify(sampleFeed))).toEqual(parseGovUkFeed(sampleFeed));
  });

  it('gives dates that merge into a calendar', () => {
    const parsed = parseGovUkFeed(sampleFeed);
    if (!parsed.ok) throw new Error('sample should parse');
    const cal = holidayCalendarWith(parsed.value);
    expect(isWorkingDay(isoDate('2031-01-01'), cal)).toBe(false);
    expect(isWorkingDay(isoDate('2031-01-02'), cal)).toBe(true);
  });

  const withEvents = (events: unknown) => ({ 'england-and-wales': { division: 'england-and-wales', events } });

  it.each([
    ['not JSON text', '{"england-and-wales": ', 'not-json'],
    ['null', null, 'not-an-object'],
    ['a list', [], 'not-an-object'],
    ['a number', 42, 'not-an-object'],
    ['no England & Wales', { scotland: sampleFeed.scotland }, 'missing-division'],
    ['a division that is not an object', { 'england-and-wales': 'yes' }, 'division-not-an-object'],
    ['the wrong division inside', { 'england-and-wales': sampleFeed.scotland }, 'wrong-division'],
    ['no events', { 'england-and-wales': { division: 'england-and-wales' } }, 'events-not-a-list'],
    ['events not a list', withEvents({ 0: event('2031-01-01') }), 'events-not-a-list'],
    ['an empty event list', withEvents([]), 'no-events'],
  ])('rejects %s', (_label, input, code) => {
    const result = parseGovUkFeed(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it.each([
    ['an event that is not an object', [event('2031-01-01'), 'x'], 'not-an-object'],
    ['a date in another format', [event('01/01/2031')], 'bad-date'],
    ['an impossible date', [event('2031-02-30')], 'bad-date'],
    ['a date with a time', [event('2031-01-01T00:00:00Z')], 'bad-date'],
    ['a missing date', [{ title: 'x' }], 'bad-date'],
    ['a blank title', [event('2031-01-01', ' ')], 'bad-title'],
    ['a missing title', [{ date: '2031-01-01' }], 'bad-title'],
  ])('rejects the whole feed for %s', (_label, events, reason) => {
    const result = parseGovUkFeed(withEvents(events));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'bad-event', index: events.length - 1, reason });
  });
});
