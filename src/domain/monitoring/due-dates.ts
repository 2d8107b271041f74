import type { Action } from '../action';
import { DUE_SOON_DAYS } from '../action-urgency';
import { workingDaysBetween, type HolidayCalendar, defaultHolidayCalendar } from '../calendar/working-days';
import { addDaysIso, type IsoDate } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ProgressUpdate } from '../progress-update';
import { ownerLookup, updatesByAction, type ActionOwner } from './action-facts';

export interface OverdueAction extends ActionOwner {
  readonly action: Action;
  readonly targetDate: IsoDate;
  readonly daysOverdue: number;
  /** Working days from the target date to today: the measure a board is told. */
  readonly workingDaysOverdue: number;
  /** The owner's latest word on the action, if any. */
  readonly latestUpdate: ProgressUpdate | null;
}

export interface DueAction extends ActionOwner {
  readonly action: Action;
  readonly targetDate: IsoDate;
  readonly daysLeft: number;
  readonly workingDaysLeft: number;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Not complete and the target date has passed; most overdue first. */
export function overdueActions(
  snapshot: PlanSnapshot,
  today: IsoDate,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): OverdueAction[] {
  const owner = ownerLookup(snapshot);
  const updates = updatesByAction(snapshot.updates);
  return snapshot.actions
    .flatMap((action) =>
      action.status !== 'complete' && action.targetDate && action.targetDate < today
        ? [
            {
              ...owner(action),
              action,
              targetDate: action.targetDate,
              daysOverdue: daysBetween(action.targetDate, today),
              workingDaysOverdue: workingDaysBetween(action.targetDate, today, holidays),
              latestUpdate: updates.get(action.id)?.at(-1) ?? null,
            },
          ]
        : [],
    )
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.action.order - b.action.order);
}

/** Not complete and due from today to `days` ahead (30 by default); soonest first. */
export function dueSoonActions(
  snapshot: PlanSnapshot,
  today: IsoDate,
  days: number = DUE_SOON_DAYS,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): DueAction[] {
  const owner = ownerLookup(snapshot);
  const until = addDaysIso(today, days);
  return snapshot.actions
    .flatMap((action) =>
      action.status !== 'complete' && action.targetDate && action.targetDate >= today && action.targetDate <= until
        ? [
            {
              ...owner(action),
              action,
              targetDate: action.targetDate,
              daysLeft: daysBetween(today, action.targetDate),
              workingDaysLeft: workingDaysBetween(today, action.targetDate, holidays),
            },
          ]
        : [],
    )
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.action.order - b.action.order);
}
