import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { MemberId } from '../../../src/domain/ids';
import { dueSoonActions, overdueActions } from '../../../src/domain/monitoring/due-dates';
import { action, anUpdate, snapshotOf } from './monitoring-fixtures';

const today = isoDate('2018-05-14'); // a Monday

describe('overdue actions', () => {
  it.each([
    // target, status, overdue?, calendar days, working days
    ['2018-05-11', 'on-track', true, 3, 1], // Friday → Monday
    ['2018-05-04', 'at-risk', true, 10, 5], // Monday 7 May was a bank holiday
    ['2018-05-13', 'off-track', true, 1, 1],
    ['2018-05-14', 'on-track', false, 0, 0], // due today is not overdue
    ['2018-04-01', 'complete', false, 0, 0],
  ] as const)('target %s, %s', (target, status, overdue, days, workingDays) => {
    const snapshot = snapshotOf({ actions: [action(1, { targetDate: isoDate(target), status })] });
    const found = overdueActions(snapshot, today);
    expect(found.length).toBe(overdue ? 1 : 0);
    if (overdue) expect([found[0]!.daysOverdue, found[0]!.workingDaysOverdue]).toEqual([days, workingDays]);
  });

  it('names the owner and their latest update, most overdue first, and ignores actions with no date', () => {
    const snapshot = snapshotOf({
      actions: [
        action(1, { targetDate: isoDate('2018-05-01'), leadOfficer: 'mem-owner' as MemberId }),
        action(2, { targetDate: isoDate('2018-04-01') }),
        action(3, { targetDate: null }),
      ],
      updates: [
        anUpdate(2, 'act-1', '2018-05-02T09:00:00Z', null, 'Second'),
        anUpdate(1, 'act-1', '2018-04-20T09:00:00Z', 'at-risk', 'First'),
      ],
    });
    const found = overdueActions(snapshot, today);
    expect(found.map((o) => [o.action.id, o.ownerName, o.agencyName, o.latestUpdate?.text ?? null])).toEqual([
      ['act-2', 'Not assigned', 'Police', null],
      ['act-1', 'Pat Police', 'Police', 'Second'],
    ]);
  });
});

describe('due in the next 30 days', () => {
  it.each([
    ['2018-05-14', true, 0],
    ['2018-06-13', true, 30],
    ['2018-06-14', false, 0],
    ['2018-05-13', false, 0],
  ] as const)('target %s', (target, due, daysLeft) => {
    const snapshot = snapshotOf({ actions: [action(1, { targetDate: isoDate(target), status: 'on-track' })] });
    const found = dueSoonActions(snapshot, today);
    expect(found.length).toBe(due ? 1 : 0);
    if (due) expect(found[0]!.daysLeft).toBe(daysLeft);
  });

  it('leaves out complete actions', () => {
    const snapshot = snapshotOf({ actions: [action(1, { targetDate: isoDate('2018-05-20'), status: 'complete' })] });
    expect(dueSoonActions(snapshot, today)).toEqual([]);
  });
});
