import { compareWithPrinted } from './calendar/statutory-deadline';
import { workingDaysBetween } from './calendar/working-days';
import type { IsoDate } from './dates';
import type { Plan } from './plan';

export interface DeadlineStatus {
  /** The date that binds: the printed one when the letter gives it, else the computed one. */
  readonly deadline: IsoDate;
  readonly source: 'printed' | 'computed';
  readonly computed: IsoDate;
  /** Printed and computed differ (the printed date still wins). */
  readonly mismatch: boolean;
  /** Working days from today to the deadline; negative once it has passed. */
  readonly workingDaysLeft: number;
}

/** The written statement's deadline for a plan, or null when the letter date is unknown. */
export function deadlineStatus(
  plan: Pick<Plan, 'letterDate' | 'printedDeadline'>,
  today: IsoDate,
): DeadlineStatus | null {
  if (!plan.letterDate) return null;
  const check = compareWithPrinted(plan.letterDate, plan.printedDeadline);
  const deadline = plan.printedDeadline ?? check.computed;
  return {
    deadline,
    source: plan.printedDeadline ? 'printed' : 'computed',
    computed: check.computed,
    mismatch: plan.printedDeadline !== null && !check.matches,
    workingDaysLeft: workingDaysBetween(today, deadline),
  };
}
