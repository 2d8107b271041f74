import type { IsoDate } from '../dates';
import { coversDate, defaultHolidayCalendar, type HolidayCalendar } from './holiday-calendar';
import { addWorkingDays, workingDaysBetween } from './working-days';

/** A JTAI written statement of action is due 70 working days after the date of the findings letter. */
export const STATUTORY_WORKING_DAYS = 70;

/** The letter date plus 70 working days; the first working day after the letter is day 1. */
export function statutoryDeadline(letterDate: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): IsoDate {
  return addWorkingDays(letterDate, STATUTORY_WORKING_DAYS, holidays);
}

export interface PrintedDeadlineCheck {
  readonly computed: IsoDate;
  /** The deadline printed in the letter, if any. It is authoritative; `computed` is only a check. */
  readonly printed: IsoDate | null;
  /** Working days from computed to printed: positive when the printed date is later; null with no printed date. */
  readonly differsByWorkingDays: number | null;
  /** True only when a printed date exists and equals the computed one. */
  readonly matches: boolean;
  /** False when the letter or computed date lies outside the holiday data, so `computed` may be wrong. */
  readonly covered: boolean;
}

export function compareWithPrinted(
  letterDate: IsoDate,
  printed: IsoDate | null,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): PrintedDeadlineCheck {
  const computed = statutoryDeadline(letterDate, holidays);
  return {
    computed,
    printed,
    differsByWorkingDays: printed === null ? null : workingDaysBetween(computed, printed, holidays),
    matches: printed !== null && printed === computed,
    covered: coversDate(letterDate, holidays) && coversDate(computed, holidays),
  };
}
