import { isIsoDate, type IsoDate } from '../dates';
import { err, ok, type Result } from '../result';

/**
 * Reads the gov.uk bank-holidays feed (https://www.gov.uk/bank-holidays.json) so a refreshed copy
 * can be merged with `holidayCalendarWith`. Pure: fetching it is someone else's job.
 */

export const ENGLAND_AND_WALES = 'england-and-wales';

export type GovUkFeedError =
  | { readonly code: 'not-json'; readonly message: string }
  | { readonly code: 'not-an-object' }
  | { readonly code: 'missing-division'; readonly division: typeof ENGLAND_AND_WALES }
  | { readonly code: 'division-not-an-object' }
  | { readonly code: 'wrong-division'; readonly found: string }
  | { readonly code: 'events-not-a-list' }
  | { readonly code: 'bad-event'; readonly index: number; readonly reason: 'not-an-object' | 'bad-date' | 'bad-title' }
  | { readonly code: 'no-events' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Accepts the feed as text or as already-parsed JSON. Returns the England & Wales dates sorted and
 * without repeats. Any malformed event rejects the whole feed: a partly read feed would drop
 * holidays without anyone noticing.
 */
export function parseGovUkFeed(input: unknown): Result<IsoDate[], GovUkFeedError> {
  const json = typeof input === 'string' ? parseJson(input) : ok(input);
  if (!json.ok) return json;
  if (!isRecord(json.value)) return err({ code: 'not-an-object' });
  const division = json.value[ENGLAND_AND_WALES];
  if (division === undefined) return err({ code: 'missing-division', division: ENGLAND_AND_WALES });
  if (!isRecord(division)) return err({ code: 'division-not-an-object' });
  if (division.division !== undefined && division.division !== ENGLAND_AND_WALES) {
    return err({ code: 'wrong-division', found: String(division.division) });
  }
  return parseEvents(division.events);
}

function parseJson(text: string): Result<unknown, GovUkFeedError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err({ code: 'not-json', message: e instanceof Error ? e.message : String(e) });
  }
}

function parseEvents(events: unknown): Result<IsoDate[], GovUkFeedError> {
  if (!Array.isArray(events)) return err({ code: 'events-not-a-list' });
  if (events.length === 0) return err({ code: 'no-events' });
  const dates = new Set<IsoDate>();
  for (const [index, event] of (events as unknown[]).entries()) {
    if (!isRecord(event)) return err({ code: 'bad-event', index, reason: 'not-an-object' });
    if (!isIsoDate(event.date)) return err({ code: 'bad-event', index, reason: 'bad-date' });
    if (typeof event.title !== 'string' || event.title.trim() === '') {
      return err({ code: 'bad-event', index, reason: 'bad-title' });
    }
    dates.add(event.date);
  }
  return ok([...dates].sort());
}
