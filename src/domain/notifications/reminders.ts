import type { Action } from '../action';
import { defaultHolidayCalendar, workingDaysBetween, type HolidayCalendar } from '../calendar/working-days';
import type { IsoDate } from '../dates';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { byOwner } from './action-owners';

/** Reminders cover actions due within this many working days, as well as overdue ones. */
export const REMINDER_WINDOW_WORKING_DAYS = 10;

/** Why an action is in a reminder, with working days past or left (0: due today, or overdue since a weekend). */
export type ReminderReason =
  | { readonly kind: 'overdue'; readonly workingDays: number }
  | { readonly kind: 'due-soon'; readonly workingDays: number };

export interface ReminderItem {
  readonly action: Action;
  readonly targetDate: IsoDate;
  readonly reason: ReminderReason;
}

/** One person and every action they are reminded about. */
export interface OwnerReminder {
  readonly recipient: Member;
  readonly items: readonly ReminderItem[];
}

export interface ReminderPreview {
  readonly reminders: readonly OwnerReminder[];
  /** Actions that need a reminder but have no lead officer and no agency owner to send it to. */
  readonly unreached: readonly ReminderItem[];
}

export interface ReminderOptions {
  readonly withinWorkingDays?: number;
  readonly holidays?: HolidayCalendar;
}

function reminderItem(action: Action, today: IsoDate, within: number, holidays: HolidayCalendar): ReminderItem | null {
  const target = action.targetDate;
  if (action.status === 'complete' || !target) return null;
  if (target < today) {
    return {
      action,
      targetDate: target,
      reason: { kind: 'overdue', workingDays: workingDaysBetween(target, today, holidays) },
    };
  }
  const left = workingDaysBetween(today, target, holidays);
  return left <= within ? { action, targetDate: target, reason: { kind: 'due-soon', workingDays: left } } : null;
}

/** Overdue first, then by target date and the plan's order. */
const itemOrder = (a: ReminderItem, b: ReminderItem): number =>
  (a.reason.kind === b.reason.kind ? 0 : a.reason.kind === 'overdue' ? -1 : 1) ||
  a.targetDate.localeCompare(b.targetDate) ||
  a.action.order - b.action.order;

/**
 * Who to remind about which actions: every action not complete that is overdue or due within
 * the window (counted in England & Wales working days), grouped so each person gets one
 * reminder listing all of theirs.
 */
export function planReminders(snapshot: PlanSnapshot, today: IsoDate, options: ReminderOptions = {}): ReminderPreview {
  const within = options.withinWorkingDays ?? REMINDER_WINDOW_WORKING_DAYS;
  const holidays = options.holidays ?? defaultHolidayCalendar;
  const items = snapshot.actions
    .map((action) => reminderItem(action, today, within, holidays))
    .filter((item): item is ReminderItem => item !== null);
  const { owned, unreached } = byOwner(items, snapshot.members);
  const reminders = owned.map((r) => ({ recipient: r.recipient, items: r.items.sort(itemOrder) }));
  return { reminders, unreached: unreached.sort(itemOrder) };
}
