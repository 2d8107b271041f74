import { describe, it, expect } from 'vitest';
import { isoDate, type IsoDate } from '../../../src/domain/dates';
import {
  addWorkingDays,
  holidayCalendarWith,
  isWorkingDay,
  nextWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-days';

const d = isoDate;

describe('isWorkingDay', () => {
  it.each([
    ['2024-06-08', false, 'Saturday'],
    ['2024-06-09', false, 'Sunday'],
    ['2024-06-10', true, 'Monday'],
    ['2024-06-14', true, 'Friday'],
    ['2019-04-19', false, 'Good Friday'],
    ['2019-04-22', false, 'Easter Monday'],
    ['2020-12-25', false, 'Christmas Day'],
    ['2020-12-28', false, 'Boxing Day substitute'],
    ['2021-12-27', false, 'Christmas substitute'],
    ['2021-12-28', false, 'Boxing Day substitute'],
    ['2022-12-26', false, 'Boxing Day'],
    ['2022-12-27', false, 'Christmas substitute'],
    ['2026-12-28', false, 'Boxing Day substitute'],
    ['2027-12-27', false, 'Christmas substitute'],
    ['2027-12-28', false, 'Boxing Day substitute'],
    ['2020-05-08', false, 'VE Day 75'],
    ['2020-05-04', true, 'early May bank holiday moved away'],
    ['2022-06-02', false, 'Platinum Jubilee spring bank holiday'],
    ['2022-06-03', false, 'Platinum Jubilee'],
    ['2022-05-30', true, 'spring bank holiday moved away'],
    ['2022-09-19', false, 'State Funeral of Queen Elizabeth II'],
    ['2023-05-08', false, 'Coronation of King Charles III'],
    ['2025-05-05', false, 'early May bank holiday'],
    ['2025-08-25', false, 'summer bank holiday'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(d(date))).toBe(expected);
  });

  it('refuses a malformed date at run time', () => {
    expect(() => isWorkingDay('2024-02-30' as IsoDate)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2020-12-24', 1, '2020-12-29', 'over Christmas and the Boxing Day substitute'],
    ['2020-12-31', 1, '2021-01-04', 'over New Year and a weekend'],
    ['2021-12-24', 1, '2021-12-29', 'over both 2021 substitute days'],
    ['2021-12-31', 1, '2022-01-04', 'over the 2022 New Year substitute'],
    ['2022-12-23', 1, '2022-12-28', 'over the 2022 substitute days'],
    ['2026-12-24', 1, '2026-12-29', 'over the 2026 Boxing Day substitute'],
    ['2027-12-24', 1, '2027-12-29', 'over both 2027 substitute days'],
    ['2019-04-18', 1, '2019-04-23', 'over Good Friday and Easter Monday'],
    ['2024-03-28', 1, '2024-04-02', 'over Easter 2024'],
    ['2020-05-07', 1, '2020-05-11', 'over VE Day'],
    ['2020-05-01', 1, '2020-05-04', 'onto the moved early May day'],
    ['2022-06-01', 1, '2022-06-06', 'over the Platinum Jubilee'],
    ['2022-05-27', 1, '2022-05-30', 'onto the moved spring bank holiday'],
    ['2022-09-16', 1, '2022-09-20', 'over the State Funeral'],
    ['2023-05-05', 1, '2023-05-09', 'over the Coronation'],
    ['2024-06-07', 1, '2024-06-10', 'over a weekend'],
    ['2024-06-08', 1, '2024-06-10', 'from a Saturday'],
    ['2024-06-10', 5, '2024-06-17', 'a plain week'],
    ['2024-06-08', 0, '2024-06-08', 'zero days returns the date itself, even a Saturday'],
  ])('%s + %i = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(d(from), n)).toBe(expected);
  });

  it('rejects negative and fractional counts', () => {
    expect(() => addWorkingDays(d('2024-06-10'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2024-06-10'), 1.5)).toThrow(RangeError);
    expect(() => subtractWorkingDays(d('2024-06-10'), Number.NaN)).toThrow(RangeError);
  });
});

describe('subtractWorkingDays and nextWorkingDay', () => {
  it.each([
    ['2020-12-29', 1, '2020-12-24'],
    ['2019-04-23', 1, '2019-04-18'],
    ['2024-06-10', 1, '2024-06-07'],
    ['2024-06-09', 1, '2024-06-07'],
    ['2022-06-06', 2, '2022-05-31'],
    ['2024-06-09', 0, '2024-06-09'],
  ])('%s - %i = %s', (from, n, expected) => {
    expect(subtractWorkingDays(d(from), n)).toBe(expected);
  });

  it('nextWorkingDay is strictly after the date', () => {
    expect(nextWorkingDay(d('2024-06-10'))).toBe('2024-06-11');
    expect(nextWorkingDay(d('2022-09-16'))).toBe('2022-09-20');
    expect(nextWorkingDay(d('2030-12-24'))).toBe('2030-12-27');
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to]: zero when equal, negative backwards', () => {
    expect(workingDaysBetween(d('2024-06-10'), d('2024-06-10'))).toBe(0);
    expect(workingDaysBetween(d('2024-06-10'), d('2024-06-17'))).toBe(5);
    expect(workingDaysBetween(d('2024-06-17'), d('2024-06-10'))).toBe(-5);
    expect(workingDaysBetween(d('2024-06-07'), d('2024-06-09'))).toBe(0);
    expect(workingDaysBetween(d('2020-12-24'), d('2020-12-29'))).toBe(1);
  });

  it('counts 252 to 254 working days in each whole year', () => {
    for (let year = 2016; year <= 2030; year++) {
      const days = workingDaysBetween(d(`${year - 1}-12-31`), d(`${year}-12-31`));
      expect(days, String(year)).toBeGreaterThanOrEqual(250);
      expect(days, String(year)).toBeLessThanOrEqual(254);
    }
  });

  it('inverts addWorkingDays, and subtractWorkingDays inverts it from working days, every day 2016–2030', () => {
    const failures: string[] = [];
    for (let t = Date.UTC(2016, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      const date = d(new Date(t).toISOString().slice(0, 10));
      for (const n of [0, 1, 3, 70]) {
        const later = addWorkingDays(date, n);
        if (workingDaysBetween(date, later) !== n) failures.push(`between ${date} +${n}`);
        if (workingDaysBetween(later, date) !== -n) failures.push(`between back ${date} +${n}`);
        if (n > 0 && !isWorkingDay(later)) failures.push(`not working ${date} +${n}`);
        if (isWorkingDay(date) && addWorkingDays(subtractWorkingDays(date, n), n) !== date) {
          failures.push(`subtract ${date} -${n}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('extra one-off days', () => {
  const withExtra = holidayCalendarWith([d('2029-05-14')]);

  it('are not working days and are skipped', () => {
    expect(isWorkingDay(d('2029-05-14'))).toBe(true);
    expect(isWorkingDay(d('2029-05-14'), withExtra)).toBe(false);
    expect(addWorkingDays(d('2029-05-11'), 1, withExtra)).toBe('2029-05-15');
    expect(workingDaysBetween(d('2029-05-11'), d('2029-05-15'), withExtra)).toBe(1);
  });

  it('leave the default calendar and the base calendar alone', () => {
    const more = holidayCalendarWith([d('2029-05-21')], withExtra);
    expect(isWorkingDay(d('2029-05-14'), more)).toBe(false);
    expect(isWorkingDay(d('2029-05-21'), more)).toBe(false);
    expect(isWorkingDay(d('2029-05-21'), withExtra)).toBe(true);
  });
});
