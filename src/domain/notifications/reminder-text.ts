import { formatLongDate } from '../dates';
import type { ReminderItem, ReminderReason } from './reminders';

const days = (n: number): string => `${n} working day${n === 1 ? '' : 's'}`;

/** e.g. "overdue by 3 working days", "due in 2 working days", "due today". */
export function reasonText(reason: ReminderReason): string {
  if (reason.kind === 'overdue') return reason.workingDays > 0 ? `overdue by ${days(reason.workingDays)}` : 'overdue';
  return reason.workingDays > 0 ? `due in ${days(reason.workingDays)}` : 'due today';
}

/** e.g. "2 actions overdue", "1 action overdue and 2 due soon", "1 action due soon". */
export function reminderSummary(items: readonly ReminderItem[]): string {
  const overdue = items.filter((i) => i.reason.kind === 'overdue').length;
  const soon = items.length - overdue;
  const actions = (n: number) => `${n} action${n === 1 ? '' : 's'}`;
  if (overdue > 0 && soon > 0) return `${actions(overdue)} overdue and ${soon} due soon`;
  return overdue > 0 ? `${actions(overdue)} overdue` : `${actions(soon)} due soon`;
}

/** One line per action: its title, its target date and how late or close it is. */
export function reminderLine(item: ReminderItem): string {
  return `• ${item.action.title} (target ${formatLongDate(item.targetDate)}; ${reasonText(item.reason)})`;
}
