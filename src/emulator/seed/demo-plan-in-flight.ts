import type { Action, Milestone } from '../../domain/action';
import { statutoryDeadline } from '../../domain/calendar/statutory-deadline';
import { addWorkingDays, subtractWorkingDays } from '../../domain/calendar/working-days';
import { addDaysIso, type IsoDate, type IsoDateTime } from '../../domain/dates';
import type { ActionId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from './haringey-2018';
import { HARINGEY_MILESTONES, HARINGEY_PROGRESS } from './haringey-2018-progress';

/** The demo plan as seeded: Haringey's findings and actions, dated around a given today. */
export interface DemoPlan extends Pick<PlanSnapshot, 'plan' | 'findings' | 'actions' | 'updates'> {
  /** When the DCS started the plan in the tab: 09:00 the day after the letter. */
  readonly startedAt: IsoDateTime;
}

/**
 * The letter lands this many whole weeks (and up to six days more) before today: drafting is
 * under way, the DCS's progress updates are all in the recent past and the deadline, 70 working
 * days after the letter, is still about seven weeks ahead.
 */
export const LETTER_WEEKS_AGO = 7;

/** The one action the demo shows overdue (the police secondment, at risk), and by how much. */
export const OVERDUE_ACTION = 'act-haringey-02' as ActionId;
export const OVERDUE_BY_WORKING_DAYS = 5;

/** Actions due soon, in working days from today: the first inside the 10-day reminder window, the second outside it. */
export const DUE_SOON_ACTIONS: ReadonlyMap<ActionId, number> = new Map([
  ['act-haringey-01' as ActionId, 4],
  ['act-haringey-06' as ActionId, 12],
]);

const DAY_MS = 86_400_000;
const ORIGINAL_LETTER = HARINGEY_PLAN.letterDate;

const daysFrom = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Days every date of the 2018 plan moves by: whole weeks, so each date keeps its weekday (the
 * letter stays a Tuesday, fieldwork Monday to Friday), and the letter lands 49 to 55 days before today.
 */
export function demoShiftDays(today: IsoDate): number {
  if (!ORIGINAL_LETTER) throw new Error('The Haringey plan has no letter date to move.');
  const gap = daysFrom(ORIGINAL_LETTER, today);
  return 7 * Math.floor((gap - 7 * LETTER_WEEKS_AGO) / 7);
}

/** Target dates set relative to today, so one action is overdue and two fall due soon. */
function targetsAround(today: IsoDate): ReadonlyMap<ActionId, IsoDate> {
  const targets = new Map<ActionId, IsoDate>([[OVERDUE_ACTION, subtractWorkingDays(today, OVERDUE_BY_WORKING_DAYS)]]);
  for (const [id, workingDays] of DUE_SOON_ACTIONS) targets.set(id, addWorkingDays(today, workingDays));
  return targets;
}

/** An action's milestones moved with the plan; one that would fall after a target set closer stays on it. */
function movedMilestones(action: Action, move: (d: IsoDate) => IsoDate, target: IsoDate | null): Milestone[] {
  return (HARINGEY_MILESTONES.get(action.id) ?? []).map((m) => {
    const due = move(m.due);
    return { ...m, due: target !== null && due > target ? target : due };
  });
}

function movedAction(action: Action, move: (d: IsoDate) => IsoDate, setTarget: IsoDate | undefined): Action {
  const targetDate = setTarget ?? (action.targetDate && move(action.targetDate));
  return {
    ...action,
    startDate: action.startDate && move(action.startDate),
    targetDate,
    milestones: movedMilestones(action, move, targetDate),
  };
}

/**
 * Haringey's 2018 plan moved so that it is in flight on `today`: every date moves by the same
 * whole number of weeks (keeping the plan's spacing) so the letter is seven to eight weeks old,
 * fieldwork before it and the progress updates in the weeks since; the deadline is counted again
 * from the moved letter, as the inspectorate would print it. Then the police action is made
 * overdue by a week and two more fall due within the next 12 working days. The title carries the
 * moved letter's year.
 */
export function shiftDemoDates(today: IsoDate): DemoPlan {
  const days = demoShiftDays(today);
  const move = (date: IsoDate): IsoDate => addDaysIso(date, days);
  const letterDate = HARINGEY_PLAN.letterDate && move(HARINGEY_PLAN.letterDate);
  const fieldwork = HARINGEY_PLAN.fieldwork;
  const plan: Plan = {
    ...HARINGEY_PLAN,
    title: `Haringey JTAI ${(letterDate ?? today).slice(0, 4)}: abuse and neglect`,
    letterDate,
    fieldwork: fieldwork && { start: move(fieldwork.start), end: move(fieldwork.end) },
    printedDeadline: letterDate && statutoryDeadline(letterDate),
  };
  const targets = targetsAround(today);
  return {
    startedAt: `${addDaysIso(letterDate ?? today, 1)}T09:00:00.000Z` as IsoDateTime,
    plan,
    findings: HARINGEY_FINDINGS,
    actions: HARINGEY_ACTIONS.map((a) => movedAction(a, move, targets.get(a.id))),
    updates: HARINGEY_PROGRESS.map((u) => ({
      ...u,
      at: new Date(Date.parse(u.at) + days * DAY_MS).toISOString() as IsoDateTime,
    })),
  };
}
