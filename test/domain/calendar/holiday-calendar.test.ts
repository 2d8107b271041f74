import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import {
  addWorkingDays,
  coversDate,
  defaultHolidayCalendar,
  holidayCalendarWith,
  isHoliday,
  isWorkingDay,
} from '../../../src/domain/calendar/working-days';

const d = isoDate;

describe('holiday calendar coverage', () => {
  it('is 2016-01-01 to 2030-12-31', () => {
    expect(defaultHolidayCalendar.covered).toEqual({ from: '2016-01-01', to: '2030-12-31' });
  });

  it.each([
    ['2015-12-31', false],
    ['2016-01-01', true],
    ['2024-02-29', true],
    ['2030-12-31', true],
    ['2031-01-01', false],
  ])('coversDate(%s) is %s', (date, expected) => {
    expect(coversDate(d(date))).toBe(expected);
  });

  it('is not widened by extra days', () => {
    const cal = holidayCalendarWith([d('2031-01-01')]);
    expect(cal.covered).toEqual(defaultHolidayCalendar.covered);
    expect(coversDate(d('2031-01-01'), cal)).toBe(false);
    expect(isHoliday(d('2031-01-01'), cal)).toBe(true);
  });

  it('still counts weekends outside it, knowing no holidays there', () => {
    expect(isWorkingDay(d('2031-01-01'))).toBe(true);
    expect(isWorkingDay(d('2031-01-04'))).toBe(false);
    expect(addWorkingDays(d('2031-01-03'), 1)).toBe('2031-01-06');
  });
});
