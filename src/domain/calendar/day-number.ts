import { isIsoDate, type IsoDate } from '../dates';

/**
 * Dates as whole days since 1970-01-01, computed in UTC only: local-time Date methods would shift
 * a date by a day either side of midnight in some zones, and the engine must give the same answer
 * on every machine.
 */
const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  // The brand is a compile-time promise; a bad string at run time would otherwise loop on NaN.
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${String(date)}`);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** 1970-01-01 was a Thursday, so day 0 is weekday 4 (0 = Sunday … 6 = Saturday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export const isWeekendDay = (day: number): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};
