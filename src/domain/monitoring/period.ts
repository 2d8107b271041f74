import { addDaysIso, isoDate, londonDateOf, parseBritishDate, type IsoDate, type IsoDateTime } from '../dates';
import { err, ok, type Result } from '../result';

/** A reporting period, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export type PeriodError = 'PERIOD.FROM_INVALID' | 'PERIOD.TO_INVALID' | 'PERIOD.REVERSED' | 'PERIOD.IN_FUTURE';

export const PERIOD_ERROR_MESSAGE: Record<PeriodError, string> = {
  'PERIOD.FROM_INVALID': 'Enter the start date as day/month/year, for example 01/03/2018.',
  'PERIOD.TO_INVALID': 'Enter the end date as day/month/year, for example 31/03/2018.',
  'PERIOD.REVERSED': 'The start date must be on or before the end date.',
  'PERIOD.IN_FUTURE': 'The period cannot start after today.',
};

/** The same day one month earlier, clamped to the month's end (31 March → 28 or 29 February). */
export function oneMonthBefore(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`);
}

/** Since the last month: the board usually meets monthly. */
export function defaultPeriod(today: IsoDate): Period {
  return { from: oneMonthBefore(today), to: today };
}

/** A period typed as British dates; expected mistakes come back as coded values. */
export function parsePeriod(fromText: string, toText: string, today: IsoDate): Result<Period, PeriodError> {
  const from = parseBritishDate(fromText);
  if (!from) return err('PERIOD.FROM_INVALID');
  const to = parseBritishDate(toText);
  if (!to) return err('PERIOD.TO_INVALID');
  if (from > to) return err('PERIOD.REVERSED');
  if (from > today) return err('PERIOD.IN_FUTURE');
  return ok({ from, to });
}

/** The calendar date in England on which an update was recorded. */
export const dayOf = (instant: IsoDateTime): IsoDate => londonDateOf(new Date(instant));

export const inPeriod = (date: IsoDate, period: Period): boolean => date >= period.from && date <= period.to;

export const dayBefore = (date: IsoDate): IsoDate => addDaysIso(date, -1);
