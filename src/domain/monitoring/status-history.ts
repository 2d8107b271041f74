import type { Action, ActionStatus } from '../action';
import type { IsoDate, IsoDateTime } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ProgressUpdate } from '../progress-update';
import { ownerLookup, updatesByAction, type ActionOwner } from './action-facts';
import { dayOf, inPeriod, type Period } from './period';

/** Every action is created "not started", so that is where each history begins. */
export const INITIAL_STATUS: ActionStatus = 'not-started';

export interface StatusChange extends ActionOwner {
  readonly action: Action;
  readonly at: IsoDateTime;
  readonly date: IsoDate;
  readonly from: ActionStatus;
  readonly to: ActionStatus;
  /** The words of the update that changed the status: the reason behind the colour. */
  readonly reason: string;
  readonly authorName: string;
}

/**
 * An action's status changes as recorded in its progress updates, oldest first. An update that
 * repeats the status already held is a note, not a change.
 */
export function statusChangesOf(updates: readonly ProgressUpdate[]): { update: ProgressUpdate; from: ActionStatus }[] {
  const changes: { update: ProgressUpdate; from: ActionStatus }[] = [];
  let current = INITIAL_STATUS;
  for (const update of updates) {
    if (update.status === null || update.status === current) continue;
    changes.push({ update, from: current });
    current = update.status;
  }
  return changes;
}

/** Status changes recorded within the period (both ends included), oldest first. */
export function statusChangesInPeriod(snapshot: PlanSnapshot, period: Period): StatusChange[] {
  const owner = ownerLookup(snapshot);
  const byAction = updatesByAction(snapshot.updates);
  return snapshot.actions
    .flatMap((action) =>
      statusChangesOf(byAction.get(action.id) ?? [])
        .filter(({ update }) => inPeriod(dayOf(update.at), period))
        .map(({ update, from }) => ({
          ...owner(action),
          action,
          at: update.at,
          date: dayOf(update.at),
          from,
          to: update.status ?? from,
          reason: update.text,
          authorName: update.authorName,
        })),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.action.order - b.action.order);
}

/**
 * The dated statuses an action has held: each recorded change, then its current status if that
 * differs from the last one recorded (dated by its last edit, or today when never dated).
 */
export function statusTimeline(
  action: Action,
  updates: readonly ProgressUpdate[],
  today: IsoDate,
): { date: IsoDate; status: ActionStatus }[] {
  const timeline = statusChangesOf(updates).map(({ update }) => ({
    date: dayOf(update.at),
    status: update.status ?? INITIAL_STATUS,
  }));
  const last = timeline.at(-1)?.status ?? INITIAL_STATUS;
  if (action.status !== last) {
    timeline.push({ date: action.updatedAt ? dayOf(action.updatedAt) : today, status: action.status });
  }
  return timeline;
}

/** The date an action that is complete now became complete, as far as its history tells. */
export function completedOn(action: Action, updates: readonly ProgressUpdate[], today: IsoDate): IsoDate | null {
  if (action.status !== 'complete') return null;
  return statusTimeline(action, updates, today).at(-1)?.date ?? null;
}

export interface CompletedAction extends ActionOwner {
  readonly action: Action;
  readonly completedOn: IsoDate | null;
}

/** Actions complete now, with when they became complete; most recent first. */
export function completedActions(snapshot: PlanSnapshot, today: IsoDate, period?: Period): CompletedAction[] {
  const owner = ownerLookup(snapshot);
  const byAction = updatesByAction(snapshot.updates);
  return snapshot.actions
    .filter((a) => a.status === 'complete')
    .map((action) => ({
      ...owner(action),
      action,
      completedOn: completedOn(action, byAction.get(action.id) ?? [], today),
    }))
    .filter((c) => !period || (c.completedOn !== null && inPeriod(c.completedOn, period)))
    .sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? '') || a.action.order - b.action.order);
}
