import { isoDate, type IsoDate } from '../dates';
import { BANK_HOLIDAYS, BANK_HOLIDAYS_COVERED } from './bank-holidays.data';

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The days, besides weekends, on which no work is counted. */
export interface HolidayCalendar {
  /** England & Wales bank holidays from the committed data. */
  readonly bankHolidays: ReadonlySet<IsoDate>;
  /** One-off days added later, e.g. from a refreshed gov.uk feed or a newly proclaimed holiday. */
  readonly extraDays: ReadonlySet<IsoDate>;
  /**
   * The dates for which the calendar is known to be complete. Outside it only weekends are
   * known, so results there may miss holidays: callers should warn (see `coversDate`).
   */
  readonly covered: DateRange;
}

// isoDate() throws, so a malformed generated file fails at load rather than silently miscounting.
export const defaultHolidayCalendar: HolidayCalendar = {
  bankHolidays: new Set(BANK_HOLIDAYS.map((h) => isoDate(h.date))),
  extraDays: new Set(),
  covered: { from: isoDate(BANK_HOLIDAYS_COVERED.from), to: isoDate(BANK_HOLIDAYS_COVERED.to) },
};

/**
 * Adds one-off days to a calendar. Coverage is unchanged: a few extra days say nothing about
 * whether the rest of a year beyond the data is complete.
 */
export function holidayCalendarWith(
  extraDays: readonly IsoDate[],
  base: HolidayCalendar = defaultHolidayCalendar,
): HolidayCalendar {
  return { ...base, extraDays: new Set([...base.extraDays, ...extraDays]) };
}

export function isHoliday(date: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): boolean {
  return holidays.bankHolidays.has(date) || holidays.extraDays.has(date);
}

/** Whether results touching `date` can be trusted to know every holiday. */
export function coversDate(date: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): boolean {
  // ISO dates sort as strings.
  return date >= holidays.covered.from && date <= holidays.covered.to;
}
