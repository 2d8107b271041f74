import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import { deadlineStatus } from '../../src/domain/deadline-status';

describe('the written statement deadline of a plan', () => {
  it('uses the printed date and counts working days left', () => {
    const status = deadlineStatus(
      { letterDate: isoDate('2018-01-30'), printedDeadline: isoDate('2018-05-11') },
      isoDate('2018-05-04'),
    );
    expect(status).toMatchObject({ deadline: '2018-05-11', source: 'printed', mismatch: false, workingDaysLeft: 4 });
  });

  it('computes the date when the letter printed none', () => {
    const status = deadlineStatus({ letterDate: isoDate('2022-09-26'), printedDeadline: null }, isoDate('2022-09-26'));
    expect(status).toMatchObject({ deadline: '2023-01-05', source: 'computed', workingDaysLeft: 70 });
  });

  it('flags a printed date that differs from the count, and keeps the printed one', () => {
    const status = deadlineStatus(
      { letterDate: isoDate('2024-01-30'), printedDeadline: isoDate('2024-05-09') },
      isoDate('2024-05-10'),
    );
    expect(status).toMatchObject({
      deadline: '2024-05-09',
      mismatch: true,
      computed: '2024-05-10',
      workingDaysLeft: -1,
    });
  });

  it('has no deadline without a letter date', () => {
    expect(deadlineStatus({ letterDate: null, printedDeadline: null }, isoDate('2026-01-01'))).toBeNull();
  });
});
