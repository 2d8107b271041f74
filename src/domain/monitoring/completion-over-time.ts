import type { ActionStatus } from '../action';
import type { IsoDate } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import { updatesByAction } from './action-facts';
import type { PlanTimeAxis } from './plan-time-axis';
import { statusTimeline } from './status-history';

export interface CompletionPoint {
  /** The month's position on the axis. */
  readonly index: number;
  /** The last day counted: a month's end, or today for the current month. */
  readonly date: IsoDate;
  /** `March 2018` */
  readonly label: string;
  readonly complete: number;
  readonly total: number;
}

/**
 * Actions complete at the end of each month of the plan's axis that has begun by today, read
 * from the progress history and the current statuses; the current month is counted to today.
 * An action reopened after completion stops counting from the date it was reopened.
 */
export function completionOverTime(snapshot: PlanSnapshot, axis: PlanTimeAxis, today: IsoDate): CompletionPoint[] {
  const byAction = updatesByAction(snapshot.updates);
  const timelines = snapshot.actions.map((a) => statusTimeline(a, byAction.get(a.id) ?? [], today));
  return axis.months
    .filter((month) => month.start <= today)
    .map((month) => {
      const date = month.end < today ? month.end : today;
      return {
        index: month.index,
        date,
        label: month.label,
        complete: timelines.filter((t) => statusOn(t, date) === 'complete').length,
        total: snapshot.actions.length,
      };
    });
}

function statusOn(timeline: readonly { date: IsoDate; status: ActionStatus }[], date: IsoDate): ActionStatus | null {
  let status: ActionStatus | null = null;
  for (const entry of timeline) {
    if (entry.date > date) break;
    status = entry.status;
  }
  return status;
}
