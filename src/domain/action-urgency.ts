import type { Action } from './action';
import { addDaysIso, type IsoDate } from './dates';

export type Urgency = 'overdue' | 'due-soon' | 'later' | 'no-date' | 'complete';

export const URGENCY_LABEL: Record<Urgency, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due in the next 30 days',
  later: 'Due later',
  'no-date': 'No target date',
  complete: 'Complete',
};

const ORDER: readonly Urgency[] = ['overdue', 'due-soon', 'later', 'no-date', 'complete'];
export const DUE_SOON_DAYS = 30;

export function urgencyOf(action: Pick<Action, 'status' | 'targetDate'>, today: IsoDate): Urgency {
  if (action.status === 'complete') return 'complete';
  if (!action.targetDate) return 'no-date';
  if (action.targetDate < today) return 'overdue';
  return action.targetDate <= addDaysIso(today, DUE_SOON_DAYS) ? 'due-soon' : 'later';
}

/** What needs attention first: overdue, then due soon, each by target date. */
export function byUrgency<T extends Pick<Action, 'status' | 'targetDate' | 'order'>>(
  actions: readonly T[],
  today: IsoDate,
): T[] {
  const rank = (a: T) => ORDER.indexOf(urgencyOf(a, today));
  return [...actions].sort(
    (a, b) => rank(a) - rank(b) || (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') || a.order - b.order,
  );
}
