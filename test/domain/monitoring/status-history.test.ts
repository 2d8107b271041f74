import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import { completionOverTime } from '../../../src/domain/monitoring/completion-over-time';
import { planTimeAxis } from '../../../src/domain/monitoring/plan-time-axis';
import { evidenceInPeriod } from '../../../src/domain/monitoring/period-activity';
import {
  completedActions,
  statusChangesInPeriod,
  statusChangesOf,
} from '../../../src/domain/monitoring/status-history';
import { action, anUpdate, snapshotOf } from './monitoring-fixtures';

const period = { from: isoDate('2018-03-01'), to: isoDate('2018-03-31') };
const today = isoDate('2018-04-10');

describe('status changes from the progress history', () => {
  it.each([
    ['a first status', ['on-track'], [['not-started', 'on-track']]],
    ['a repeated status is a note', ['on-track', 'on-track'], [['not-started', 'on-track']]],
    ['updates with no status', [null, 'at-risk', null], [['not-started', 'at-risk']]],
    ['"not started" first is no change', ['not-started'], []],
    [
      'a run of changes',
      ['on-track', 'off-track', 'complete'],
      [
        ['not-started', 'on-track'],
        ['on-track', 'off-track'],
        ['off-track', 'complete'],
      ],
    ],
  ] as const)('%s', (_name, statuses, expected) => {
    const updates = statuses.map((s, i) => anUpdate(i, 'act-1', `2018-03-0${i + 1}T10:00:00Z`, s));
    expect(statusChangesOf(updates).map((c) => [c.from, c.update.status])).toEqual(expected);
  });

  it('lists the changes within a period, both ends included, with their reasons', () => {
    const snapshot = snapshotOf({
      actions: [action(1), action(2)],
      updates: [
        anUpdate(1, 'act-1', '2018-02-28T10:00:00Z', 'on-track', 'Started'),
        anUpdate(2, 'act-1', '2018-03-01T09:00:00Z', 'at-risk', 'Post vacant'),
        anUpdate(3, 'act-2', '2018-03-31T23:30:00Z', 'off-track', 'Too late: 1 April in London'),
        anUpdate(4, 'act-2', '2018-03-15T10:00:00Z', 'on-track', 'Going well'),
      ],
    });
    expect(statusChangesInPeriod(snapshot, period).map((c) => [c.action.id, c.date, c.from, c.to, c.reason])).toEqual([
      ['act-1', '2018-03-01', 'on-track', 'at-risk', 'Post vacant'],
      ['act-2', '2018-03-15', 'not-started', 'on-track', 'Going well'],
    ]);
  });
});

describe('completed actions', () => {
  const snapshot = snapshotOf({
    actions: [
      action(1, { status: 'complete' }),
      action(2, { status: 'complete', updatedAt: '2018-02-10T10:00:00Z' as IsoDateTime }),
      action(3, { status: 'complete' }),
      action(4, { status: 'on-track' }),
    ],
    updates: [
      anUpdate(1, 'act-1', '2018-03-20T10:00:00Z', 'complete'),
      anUpdate(2, 'act-4', '2018-03-10T10:00:00Z', 'complete'),
      anUpdate(3, 'act-4', '2018-03-12T10:00:00Z', 'on-track', 'Reopened'),
    ],
  });

  it('dates each completion from the history, else the last edit, else today', () => {
    expect(completedActions(snapshot, today).map((c) => [c.action.id, c.completedOn])).toEqual([
      ['act-3', '2018-04-10'],
      ['act-1', '2018-03-20'],
      ['act-2', '2018-02-10'],
    ]);
  });

  it('keeps only completions within a period when given one', () => {
    expect(completedActions(snapshot, today, period).map((c) => c.action.id)).toEqual(['act-1']);
  });

  it('counts completion at each month end, and stops counting a reopened action', () => {
    expect(
      completionOverTime(snapshot, planTimeAxis(snapshot, today), today).map((p) => [
        p.date,
        p.label,
        p.complete,
        p.total,
      ]),
    ).toEqual([
      ['2018-01-31', 'January 2018', 0, 4],
      ['2018-02-28', 'February 2018', 1, 4],
      ['2018-03-31', 'March 2018', 2, 4],
      ['2018-04-10', 'April 2018', 3, 4],
    ]);
  });
});

describe('evidence added in a period', () => {
  it('lists actions with updates in the period, with those updates and the current evidence', () => {
    const evidence = [{ title: 'MASH audit', url: 'https://example.org/audit' }];
    const snapshot = snapshotOf({
      actions: [action(2, { evidence }), action(1)],
      updates: [
        anUpdate(1, 'act-1', '2018-02-20T10:00:00Z', null, 'Before'),
        anUpdate(2, 'act-2', '2018-03-10T10:00:00Z', null, 'Audit done'),
      ],
    });
    expect(evidenceInPeriod(snapshot, period)).toEqual([
      expect.objectContaining({ evidence, updates: [expect.objectContaining({ text: 'Audit done' })] }),
    ]);
  });
});
