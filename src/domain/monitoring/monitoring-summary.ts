import { deadlineStatus, type DeadlineStatus } from '../deadline-status';
import type { IsoDate } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import { dueSoonActions, overdueActions } from './due-dates';
import { countStatuses, type StatusCounts } from './status-counts';

export interface MonitoringSummary {
  readonly total: number;
  readonly counts: StatusCounts;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Whole per cent of actions complete; 0 for a plan with no actions. */
  readonly percentComplete: number;
  readonly deadline: DeadlineStatus | null;
}

export function monitoringSummary(snapshot: PlanSnapshot, today: IsoDate): MonitoringSummary {
  const counts = countStatuses(snapshot.actions);
  const total = snapshot.actions.length;
  return {
    total,
    counts,
    overdue: overdueActions(snapshot, today).length,
    dueSoon: dueSoonActions(snapshot, today).length,
    percentComplete: total === 0 ? 0 : Math.round((100 * counts.complete) / total),
    deadline: deadlineStatus(snapshot.plan, today),
  };
}
