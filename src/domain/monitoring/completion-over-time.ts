import type { ActionStatus } from '../action';
import type { IsoDate } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import { updatesByAction } from './action-facts';
import { statusTimeline } from './status-history';

export interface CompletionPoint {
  /** The last day counted: a month's end, or today for the current month. */
  readonly date: IsoDate;
  /** `March 2018` */
  readonly label: string;
  readonly complete: number;
  readonly total: number;
}

const MAX_POINTS = 36;
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Actions complete at the end of each month, from the first recorded month (or the letter) to
 * today, read from the progress history and the current statuses. An action reopened after
 * completion stops counting from the date it was reopened.
 */
export function completionOverTime(snapshot: PlanSnapshot, today: IsoDate): CompletionPoint[] {
  const byAction = updatesByAction(snapshot.updates);
  const timelines = snapshot.actions.map((a) => statusTimeline(a, byAction.get(a.id) ?? [], today));
  const firstDates = timelines.flatMap((t) => (t[0] ? [t[0].date] : []));
  if (snapshot.plan.letterDate) firstDates.push(snapshot.plan.letterDate);
  const start = firstDates.reduce((min, d) => (d < min ? d : min), today);
  return monthEnds(start, today)
    .slice(-MAX_POINTS)
    .map((date) => ({
      date,
      label: MONTH.format(new Date(`${date}T00:00:00Z`)),
      complete: timelines.filter((t) => statusOn(t, date) === 'complete').length,
      total: snapshot.actions.length,
    }));
}

function statusOn(timeline: readonly { date: IsoDate; status: ActionStatus }[], date: IsoDate): ActionStatus | null {
  let status: ActionStatus | null = null;
  for (const entry of timeline) {
    if (entry.date > date) break;
    status = entry.status;
  }
  return status;
}

/** The end of every month from `start`'s to `today`'s, the last one cut short at today. */
function monthEnds(start: IsoDate, today: IsoDate): IsoDate[] {
  const ends: IsoDate[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) as IsoDate;
    if (end >= today) break;
    ends.push(end);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  ends.push(today);
  return ends;
}
