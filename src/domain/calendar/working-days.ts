import type { IsoDate } from '../dates';
import { fromDayNumber, isWeekendDay, toDayNumber } from './day-number';
import { defaultHolidayCalendar, isHoliday, type HolidayCalendar } from './holiday-calendar';

export {
  coversDate,
  defaultHolidayCalendar,
  holidayCalendarWith,
  isHoliday,
  type DateRange,
  type HolidayCalendar,
} from './holiday-calendar';

/** Monday to Friday and not a bank holiday or extra day in England & Wales. */
export function isWorkingDay(date: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): boolean {
  return isWorkingDayNumber(toDayNumber(date), holidays);
}

function isWorkingDayNumber(day: number, holidays: HolidayCalendar): boolean {
  return !isWeekendDay(day) && !isHoliday(fromDayNumber(day), holidays);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working-day count must be a whole number ≥ 0, not ${n}`);
}

/** Steps one day at a time in `direction` until `n` working days have been passed. */
function stepWorkingDays(date: IsoDate, n: number, direction: 1 | -1, holidays: HolidayCalendar): IsoDate {
  assertCount(n);
  if (n === 0) return date;
  let day = toDayNumber(date);
  for (let left = n; left > 0;) {
    day += direction;
    if (isWorkingDayNumber(day, holidays)) left--;
  }
  return fromDayNumber(day);
}

/**
 * The n-th working day after `date`: the first working day strictly after it is day 1, so the
 * result is always a working day for n ≥ 1 whatever `date` is. n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: HolidayCalendar = defaultHolidayCalendar): IsoDate {
  return stepWorkingDays(date, n, 1, holidays);
}

/**
 * The n-th working day before `date` (the first working day strictly before it is day 1), for
 * counting stage dates back from a deadline. When `date` is a working day,
 * `addWorkingDays(subtractWorkingDays(date, n), n) === date`.
 */
export function subtractWorkingDays(
  date: IsoDate,
  n: number,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): IsoDate {
  return stepWorkingDays(date, n, -1, holidays);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): IsoDate {
  return stepWorkingDays(date, 1, 1, holidays);
}

/**
 * Working days in (from, to]: `from` itself is not counted, `to` is. Negative when `to` is before
 * `from`, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -countWorkingDays(end, start, holidays);
  return countWorkingDays(start, end, holidays);
}

function countWorkingDays(afterDay: number, throughDay: number, holidays: HolidayCalendar): number {
  let count = 0;
  for (let day = afterDay + 1; day <= throughDay; day++) {
    if (isWorkingDayNumber(day, holidays)) count++;
  }
  return count;
}
