import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import {
  compareWithPrinted,
  STATUTORY_WORKING_DAYS,
  statutoryDeadline,
} from '../../../src/domain/calendar/statutory-deadline';
import { holidayCalendarWith, workingDaysBetween } from '../../../src/domain/calendar/working-days';

const d = isoDate;

describe('statutoryDeadline', () => {
  it('is 70 working days', () => {
    expect(STATUTORY_WORKING_DAYS).toBe(70);
  });

  // Letter dates and the deadlines printed in published JTAI letters.
  it.each([
    ['2018-01-30', '2018-05-11'],
    ['2018-08-24', '2018-12-03'],
    ['2018-11-23', '2019-03-06'],
    ['2022-09-26', '2023-01-05'],
    ['2023-01-06', '2023-04-18'],
    ['2024-05-16', '2024-08-23'],
    ['2025-02-27', '2025-06-11'],
  ])('letter %s is due %s', (letter, printed) => {
    expect(statutoryDeadline(d(letter))).toBe(printed);
    expect(workingDaysBetween(d(letter), d(printed))).toBe(70);
    expect(compareWithPrinted(d(letter), d(printed))).toEqual({
      computed: printed,
      printed,
      differsByWorkingDays: 0,
      matches: true,
      covered: true,
    });
  });

  it('moves with an extra one-off day', () => {
    const cal = holidayCalendarWith([d('2025-03-03')]);
    expect(statutoryDeadline(d('2025-02-27'), cal)).toBe('2025-06-12');
  });
});

describe('compareWithPrinted', () => {
  it('reports the 2024-01-30 letter, printed one working day early', () => {
    expect(compareWithPrinted(d('2024-01-30'), d('2024-05-09'))).toEqual({
      computed: '2024-05-10',
      printed: '2024-05-09',
      differsByWorkingDays: -1,
      matches: false,
      covered: true,
    });
  });

  it('reports a later printed date as positive', () => {
    expect(compareWithPrinted(d('2024-05-16'), d('2024-08-28')).differsByWorkingDays).toBe(2);
  });

  it('has nothing to compare without a printed date', () => {
    expect(compareWithPrinted(d('2024-05-16'), null)).toEqual({
      computed: '2024-08-23',
      printed: null,
      differsByWorkingDays: null,
      matches: false,
      covered: true,
    });
  });

  it('flags a deadline beyond the holiday data', () => {
    const check = compareWithPrinted(d('2030-11-01'), null);
    expect(check.covered).toBe(false);
    expect(compareWithPrinted(d('2015-12-01'), null).covered).toBe(false);
  });
});
