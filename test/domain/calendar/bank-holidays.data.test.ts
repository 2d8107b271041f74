import { describe, it, expect } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates';
import {
  BANK_HOLIDAYS,
  BANK_HOLIDAYS_COVERED,
  BANK_HOLIDAYS_SOURCE,
} from '../../../src/domain/calendar/bank-holidays.data';

const dates = BANK_HOLIDAYS.map((h) => h.date);
const inYear = (year: number) => dates.filter((d) => d.startsWith(`${year}-`));

describe('bank holiday data', () => {
  it('names its source and generation date', () => {
    expect(BANK_HOLIDAYS_SOURCE).toContain('date-holidays');
    expect(BANK_HOLIDAYS_SOURCE).toContain('gov.uk');
    expect(BANK_HOLIDAYS_SOURCE).toContain('2026-11-23');
  });

  it('covers 2016 to 2030', () => {
    expect(BANK_HOLIDAYS_COVERED).toEqual({ from: '2016-01-01', to: '2030-12-31' });
    expect(dates[0]?.startsWith('2016-')).toBe(true);
    expect(dates.at(-1)?.startsWith('2030-')).toBe(true);
  });

  it('holds valid, sorted, distinct weekday dates with titles', () => {
    for (const h of BANK_HOLIDAYS) {
      expect(isIsoDate(h.date), h.date).toBe(true);
      expect(h.title.trim(), h.date).not.toBe('');
      expect([0, 6], h.date).not.toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay());
    }
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('has eight a year, ten in 2022 and nine in 2023', () => {
    for (let year = 2016; year <= 2030; year++) {
      const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8;
      expect(inYear(year), String(year)).toHaveLength(expected);
    }
  });

  it('matches the gov.uk feed for 2020 to 2023, the years with one-off days', () => {
    expect(inYear(2020)).toEqual([
      '2020-01-01',
      '2020-04-10',
      '2020-04-13',
      '2020-05-08',
      '2020-05-25',
      '2020-08-31',
      '2020-12-25',
      '2020-12-28',
    ]);
    expect(inYear(2021)).toEqual([
      '2021-01-01',
      '2021-04-02',
      '2021-04-05',
      '2021-05-03',
      '2021-05-31',
      '2021-08-30',
      '2021-12-27',
      '2021-12-28',
    ]);
    expect(inYear(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(inYear(2023)).toEqual([
      '2023-01-02',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
  });

  it('leaves out the days the one-offs replaced', () => {
    expect(dates).not.toContain('2020-05-04');
    expect(dates).not.toContain('2022-05-30');
  });

  it('has every Good Friday', () => {
    const goodFridays = BANK_HOLIDAYS.filter((h) => h.title === 'Good Friday').map((h) => h.date);
    expect(goodFridays).toEqual([
      '2016-03-25',
      '2017-04-14',
      '2018-03-30',
      '2019-04-19',
      '2020-04-10',
      '2021-04-02',
      '2022-04-15',
      '2023-04-07',
      '2024-03-29',
      '2025-04-18',
      '2026-04-03',
      '2027-03-26',
      '2028-04-14',
      '2029-03-30',
      '2030-04-19',
    ]);
  });

  it('has Christmas Day every year, or its substitute when it falls at a weekend', () => {
    for (let year = 2016; year <= 2030; year++) {
      const christmas = BANK_HOLIDAYS.find(
        (h) => h.date.startsWith(`${year}-12-`) && h.title.startsWith('Christmas Day'),
      );
      expect(christmas, String(year)).toBeDefined();
    }
  });
});
