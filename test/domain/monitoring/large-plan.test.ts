import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../src/domain/action';
import { DEFAULT_AGENCY_KEYS } from '../../../src/domain/agency';
import { addDaysIso, isoDate } from '../../../src/domain/dates';
import type { FindingId } from '../../../src/domain/ids';
import { completionOverTime } from '../../../src/domain/monitoring/completion-over-time';
import { planTimeAxis } from '../../../src/domain/monitoring/plan-time-axis';
import { dueSoonActions, overdueActions } from '../../../src/domain/monitoring/due-dates';
import { monitoringSummary } from '../../../src/domain/monitoring/monitoring-summary';
import { actionsByAgencyAndStatus, actionsByFinding } from '../../../src/domain/monitoring/status-counts';
import { statusChangesInPeriod } from '../../../src/domain/monitoring/status-history';
import { action, aFinding, anUpdate, snapshotOf } from './monitoring-fixtures';

const today = isoDate('2019-01-15');
const N = 2000;

/** 2,000 actions over 40 findings, cycling agencies, statuses and target dates, each with two updates. */
const snapshot = snapshotOf({
  findings: Array.from({ length: 40 }, (_, i) => aFinding(i)),
  actions: Array.from({ length: N }, (_, i) =>
    action(i, {
      findingId: `fnd-${i % 40}` as FindingId,
      leadAgency: DEFAULT_AGENCY_KEYS[i % DEFAULT_AGENCY_KEYS.length]!,
      status: ACTION_STATUSES[i % ACTION_STATUSES.length]!,
      targetDate: addDaysIso(isoDate('2018-06-01'), i % 400),
    }),
  ),
  updates: Array.from({ length: N }, (_, i) => [
    anUpdate(2 * i, `act-${i}`, '2018-06-10T10:00:00Z', 'on-track'),
    anUpdate(2 * i + 1, `act-${i}`, '2018-12-20T10:00:00Z', ACTION_STATUSES[i % ACTION_STATUSES.length]!),
  ]).flat(),
});

describe('a plan with 2,000 actions', () => {
  // How fast is for `npm run bench`; this checks the sums.
  it('adds up every aggregation to the number of actions', () => {
    const byAgency = actionsByAgencyAndStatus(snapshot);
    const byFinding = actionsByFinding(snapshot);
    const summary = monitoringSummary(snapshot, today);
    const series = completionOverTime(snapshot, planTimeAxis(snapshot, today), today);
    const changes = statusChangesInPeriod(snapshot, { from: isoDate('2018-12-01'), to: today });
    const overdue = overdueActions(snapshot, today);
    const dueSoon = dueSoonActions(snapshot, today);

    expect(byAgency.reduce((s, r) => s + r.total, 0)).toBe(N);
    expect(byFinding).toHaveLength(40);
    expect(byFinding.every((r) => r.total === 50)).toBe(true);
    expect(summary).toMatchObject({ total: N, percentComplete: 20, counts: { complete: 400 } });
    expect(series.at(-1)).toMatchObject({ date: today, complete: 400, total: N });
    expect(series.find((p) => p.date === '2018-11-30')?.complete).toBe(0);
    // on-track → on-track is no change, so four statuses in five change in December
    expect(changes).toHaveLength(1600);
    // targets 2018-06-01 + 0..399 days; those before 15 January 2019 (228 days) and not complete
    const beforeToday = Array.from({ length: N }, (_, i) => i).filter(
      (i) => i % 400 < 228 && ACTION_STATUSES[i % 5] !== 'complete',
    );
    expect(overdue).toHaveLength(beforeToday.length);
    expect(summary.overdue).toBe(overdue.length);
    expect(summary.dueSoon).toBe(dueSoon.length);
  });
});
