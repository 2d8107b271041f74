import { defaultHolidayCalendar, type HolidayCalendar } from '../calendar/working-days';
import type { IsoDate } from '../dates';
import { deadlineStatus } from '../deadline-status';
import type { Plan } from '../plan';
import type { Governance } from '../workflow/governance';
import type { ChainStageKey } from '../workflow/stage-vocabulary';
import { stageTimeline } from '../workflow/stage-timeline';

/** The sign-off stage the partnership must finish next, and how many working days that leaves. */
export interface NextGovernanceDate {
  readonly stage: ChainStageKey;
  /** The stage's name in the plan's chain, e.g. "Partnership approval" or an added "Cabinet". */
  readonly label: string;
  readonly due: IsoDate;
  /** From today to the due date, counted as the statutory deadline is; negative once it has passed. */
  readonly workingDaysLeft: number;
}

/**
 * The due date of the first unfinished stage that has one (the current stage, even when overdue,
 * else the next dated one). Null when the letter date is unknown (no dates can be counted) or
 * once the plan is submitted, as delivery then runs to each action's own target date.
 */
export function nextGovernanceDate(
  governance: Governance,
  plan: Pick<Plan, 'letterDate' | 'printedDeadline'>,
  today: IsoDate,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): NextGovernanceDate | null {
  const deadline = deadlineStatus(plan, today);
  if (!deadline) return null;
  const next = stageTimeline(governance, deadline.deadline, today, holidays).find(
    (row) => (row.state === 'current' || row.state === 'upcoming') && row.due !== null,
  );
  if (!next || next.due === null || next.workingDaysLeft === null) return null;
  return { stage: next.stage, label: next.label, due: next.due, workingDaysLeft: next.workingDaysLeft };
}
