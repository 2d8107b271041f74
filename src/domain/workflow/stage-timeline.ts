import {
  defaultHolidayCalendar,
  subtractWorkingDays,
  workingDaysBetween,
  type HolidayCalendar,
} from '../calendar/working-days';
import type { IsoDate } from '../dates';
import type { Governance } from './governance';
import { labelOf, stageIndex, type StageChain } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import type { ChainStageKey } from './stage-vocabulary';

export interface SuggestedDate {
  readonly stage: ChainStageKey;
  readonly date: IsoDate;
}

/**
 * When each active stage should be finished: submission by the deadline, and each earlier stage
 * early enough to leave the next one its working days.
 */
export function suggestedStageDates(
  chain: StageChain,
  deadline: IsoDate,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): SuggestedDate[] {
  const dated = chain.filter((s) => !s.skipped && rulesOf(s).dated);
  const dates: SuggestedDate[] = [];
  let due = deadline;
  for (let i = dated.length - 1; i >= 0; i--) {
    const stage = dated[i]!;
    dates.unshift({ stage: stage.key, date: due });
    due = subtractWorkingDays(due, rulesOf(stage).workingDays, holidays);
  }
  return dates;
}

export type TimelineState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface StageTimelineRow {
  readonly stage: ChainStageKey;
  readonly label: string;
  readonly state: TimelineState;
  readonly suggested: IsoDate | null;
  /** The admin's date when set, else the suggested one. */
  readonly due: IsoDate | null;
  readonly overridden: boolean;
  /** Not finished and its due date has passed. */
  readonly overdue: boolean;
  /** From today to the due date; negative once passed; null with no due date. */
  readonly workingDaysLeft: number | null;
}

function stateOf(g: Governance, stage: ChainStageKey, skipped: boolean): TimelineState {
  if (skipped) return 'skipped';
  const here = stageIndex(g.chain, g.stage);
  const there = stageIndex(g.chain, stage);
  return there < here ? 'done' : there === here ? 'current' : 'upcoming';
}

/** Each stage with its due date, and which are overdue as of `today`. */
export function stageTimeline(
  g: Governance,
  deadline: IsoDate,
  today: IsoDate,
  holidays: HolidayCalendar = defaultHolidayCalendar,
): StageTimelineRow[] {
  const suggested = new Map(suggestedStageDates(g.chain, deadline, holidays).map((s) => [s.stage, s.date]));
  const chosen = new Map(g.dueDates.map((d) => [d.stage, d.date]));
  return g.chain.map((s) => {
    const state = stateOf(g, s.key, s.skipped);
    const own = s.skipped ? null : (suggested.get(s.key) ?? null);
    const due = s.skipped || !rulesOf(s).dated ? null : (chosen.get(s.key) ?? own);
    const unfinished = state === 'current' || state === 'upcoming';
    return {
      stage: s.key,
      label: labelOf(s),
      state,
      suggested: own,
      due,
      overridden: due !== null && chosen.has(s.key),
      overdue: unfinished && due !== null && today > due,
      workingDaysLeft: due === null ? null : workingDaysBetween(today, due, holidays),
    };
  });
}
