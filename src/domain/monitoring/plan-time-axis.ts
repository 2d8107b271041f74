import { formatLongDate, type IsoDate } from '../dates';
import { deadlineStatus } from '../deadline-status';
import type { PlanSnapshot } from '../plan-snapshot';
import { dayOf } from './period';

/** The dates a plan runs between, from its own dates. */
export interface PlanSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** One calendar month on a chart's time axis. */
export interface AxisMonth {
  /** Position from the left, 0 for the first month. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** `March 2018` */
  readonly label: string;
}

/** A month written under the axis: `Mar 2018` at the first tick and each January, else `Mar`. */
export interface AxisTick {
  readonly index: number;
  readonly label: string;
}

export interface PlanTimeAxis {
  /** The plan's dates; null when it has none yet (the axis is then today's month). */
  readonly span: PlanSpan | null;
  /** Every month from the span's first to its last. */
  readonly months: readonly AxisMonth[];
  readonly ticks: readonly AxisTick[];
  /** Today in months from the first month's start (2.5 is half-way through the third); null outside the axis. */
  readonly today: number | null;
}

/** Ten years of months at most, so a mistyped target date in 2099 cannot make the chart unreadable. */
export const MAX_AXIS_MONTHS = 120;

const LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** GOV.UK's short month names, fixed here so labels do not vary with the runtime's locale data. */
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

const earliest = (dates: readonly IsoDate[]): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
const latest = (dates: readonly IsoDate[]): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * From the letter, the earliest action start or the first recorded status change (whichever is
 * earliest) to the submission deadline, the latest target or milestone date or the last recorded
 * status change (whichever is latest). Null for a plan with no dates at all.
 */
export function planSpan(snapshot: PlanSnapshot, today: IsoDate): PlanSpan | null {
  const { plan, actions, updates } = snapshot;
  const recorded = updates.filter((u) => u.status !== null).map((u) => dayOf(u.at));
  const starts = [plan.letterDate, ...actions.map((a) => a.startDate), ...recorded].filter(present);
  const ends = [
    deadlineStatus(plan, today)?.deadline,
    ...actions.map((a) => a.targetDate),
    ...actions.flatMap((a) => a.milestones.map((m) => m.due)),
    ...recorded,
  ].filter(present);
  const from = earliest(starts) ?? earliest(ends);
  const to = latest([...ends, ...starts]);
  return from && to ? { from, to } : null;
}

const monthIndexOf = (date: IsoDate): number => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
};

function axisMonth(monthIndex: number, index: number): AxisMonth {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const start = new Date(Date.UTC(year, month, 1));
  const end = new Date(Date.UTC(year, month + 1, 0));
  return {
    index,
    start: start.toISOString().slice(0, 10) as IsoDate,
    end: end.toISOString().slice(0, 10) as IsoDate,
    label: LONG.format(start),
  };
}

/** Months between ticks: every month up to a year, then every 2, 3, 6 or 12 so labels never crowd. */
export function tickStep(monthCount: number): number {
  if (monthCount <= 12) return 1;
  if (monthCount <= 24) return 2;
  if (monthCount <= 36) return 3;
  if (monthCount <= 72) return 6;
  return 12;
}

/** Ticks on months that start a step of the calendar year (quarters fall on January, April, July, October). */
export function monthTicks(months: readonly AxisMonth[]): AxisTick[] {
  const step = tickStep(months.length);
  const ticked = months.filter((m) => (Number(m.start.slice(5, 7)) - 1) % step === 0);
  return ticked.map((m, i) => {
    const month = Number(m.start.slice(5, 7));
    const short = SHORT[month - 1] ?? '';
    const withYear = i === 0 || month === 1;
    return { index: m.index, label: withYear ? `${short} ${m.start.slice(0, 4)}` : short };
  });
}

/** Where today falls on the axis, in months from its start; null when it is outside. */
export function todayOnAxis(months: readonly AxisMonth[], today: IsoDate): number | null {
  const month = months.find((m) => m.start <= today && today <= m.end);
  if (!month) return null;
  const day = Number(today.slice(8, 10));
  const days = Number(month.end.slice(8, 10));
  return month.index + (day - 1) / days;
}

/**
 * The time axis of a plan's charts: its own months, whatever today is, with today marked when it
 * falls inside. A plan with no dates gets today's month alone.
 */
export function planTimeAxis(snapshot: PlanSnapshot, today: IsoDate): PlanTimeAxis {
  const span = planSpan(snapshot, today);
  const first = monthIndexOf(span?.from ?? today);
  const count = Math.min(MAX_AXIS_MONTHS, monthIndexOf(span?.to ?? today) - first + 1);
  const months = Array.from({ length: count }, (_, i) => axisMonth(first + i, i));
  return { span, months, ticks: monthTicks(months), today: todayOnAxis(months, today) };
}

/** The axis's months and where today stands, in words to go under the chart. */
export function describeAxis(axis: PlanTimeAxis, today: IsoDate): string {
  const first = axis.months[0];
  const last = axis.months.at(-1);
  const on = formatLongDate(today);
  if (!axis.span || !first || !last)
    return `The plan has no dates yet, so this shows the current month to today, ${on}.`;
  const range = first === last ? first.label : `${first.label} to ${last.label}`;
  if (axis.today !== null) return `${range}, from the plan’s own dates. The dashed line marks today, ${on}.`;
  return `${range}, from the plan’s own dates. Today, ${on}, is ${today > last.end ? 'after' : 'before'} them.`;
}
