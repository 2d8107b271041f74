import { describe, expect, it } from 'vitest';
import { statutoryDeadline } from '../../src/domain/calendar/statutory-deadline';
import { workingDaysBetween } from '../../src/domain/calendar/working-days';
import { isoDate, type IsoDate } from '../../src/domain/dates';
import { deadlineStatus } from '../../src/domain/deadline-status';
import { overdueActions } from '../../src/domain/monitoring/due-dates';
import { dayOf } from '../../src/domain/monitoring/period';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { demoShiftDays, shiftDemoDates } from '../../src/emulator/seed/demo-plan-in-flight';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../src/emulator/seed/haringey-2018';
import { HARINGEY_PROGRESS } from '../../src/emulator/seed/haringey-2018-progress';

const DAY_MS = 86_400_000;
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Ordinary days, Christmas and New Year, weekends, Easter, and a date near the end of the bank-holiday data. */
const TODAYS = [
  '2018-03-22',
  '2025-06-11',
  '2025-12-24',
  '2025-12-25',
  '2025-12-27',
  '2025-12-28',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-30',
  '2027-08-30',
  '2030-10-15',
].map(isoDate);

const snapshotOn = (today: IsoDate): PlanSnapshot => ({
  ...shiftDemoDates(today),
  members: [],
  signOffs: [],
});

describe.each(TODAYS)('the demo plan seeded on %s', (today) => {
  const demo = shiftDemoDates(today);
  const days = demoShiftDays(today);
  const original = HARINGEY_PLAN;

  it('keeps Haringey’s findings and actions', () => {
    expect(demo.findings).toEqual(HARINGEY_FINDINGS);
    expect(demo.actions.map((a) => [a.id, a.title, a.status])).toEqual(
      HARINGEY_ACTIONS.map((a) => [a.id, a.title, a.status]),
    );
  });

  it('moves every date by the same whole number of weeks, so spacing and weekdays are kept', () => {
    expect(days % 7).toBe(0);
    expect(daysFrom(original.letterDate!, demo.plan.letterDate!)).toBe(days);
    expect(daysFrom(original.fieldwork!.start, demo.plan.fieldwork!.start)).toBe(days);
    expect(daysFrom(original.fieldwork!.end, demo.plan.fieldwork!.end)).toBe(days);
    demo.actions.forEach((a, i) => expect(daysFrom(HARINGEY_ACTIONS[i]!.startDate!, a.startDate!)).toBe(days));
    demo.updates.forEach((u, i) => expect(Date.parse(u.at) - Date.parse(HARINGEY_PROGRESS[i]!.at)).toBe(days * DAY_MS));
    const untouched = demo.actions.filter((a) =>
      ['act-haringey-03', 'act-haringey-04', 'act-haringey-05'].includes(a.id),
    );
    for (const a of untouched) {
      const before = HARINGEY_ACTIONS.find((o) => o.id === a.id)!;
      expect(daysFrom(before.targetDate!, a.targetDate!)).toBe(days);
    }
  });

  it('dates the letter seven to eight weeks ago, after fieldwork, and names its year in the title', () => {
    const age = daysFrom(demo.plan.letterDate!, today);
    expect(age).toBeGreaterThanOrEqual(49);
    expect(age).toBeLessThanOrEqual(55);
    expect(demo.plan.fieldwork!.end < demo.plan.letterDate!).toBe(true);
    expect(demo.plan.title).toBe(`Haringey JTAI ${demo.plan.letterDate!.slice(0, 4)}: abuse and neglect`);
  });

  it('prints the deadline 70 working days after the letter, still ahead', () => {
    expect(demo.plan.printedDeadline).toBe(statutoryDeadline(demo.plan.letterDate!));
    const status = deadlineStatus(demo.plan, today)!;
    expect(status.mismatch).toBe(false);
    expect(status.workingDaysLeft).toBeGreaterThan(20);
  });

  it('has exactly one action overdue: the police secondment', () => {
    expect(overdueActions(snapshotOn(today), today).map((o) => o.action.id)).toEqual(['act-haringey-02']);
  });

  it('has at least two actions due within the next 20 working days', () => {
    const dueSoon = demo.actions.filter(
      (a) => a.status !== 'complete' && a.targetDate! >= today && workingDaysBetween(today, a.targetDate!) <= 20,
    );
    expect(dueSoon.length).toBeGreaterThanOrEqual(2);
  });

  it('dates every progress update in the weeks since the letter, none after today', () => {
    for (const update of demo.updates) {
      expect(dayOf(update.at) < today).toBe(true);
      expect(dayOf(update.at) > demo.plan.letterDate!).toBe(true);
    }
  });

  it('starts every action before its target, and keeps each milestone on or before it', () => {
    for (const action of demo.actions) {
      expect(action.startDate! < action.targetDate!).toBe(true);
      for (const m of action.milestones) expect(m.due <= action.targetDate!).toBe(true);
    }
    expect(demo.actions.some((a) => a.milestones.some((m) => m.done))).toBe(true);
    expect(demo.actions.some((a) => a.milestones.some((m) => !m.done && m.due > today))).toBe(true);
  });
});

describe('the demo plan on 22 March 2018', () => {
  it('keeps Haringey’s own letter and deadline: the weeks from the letter match', () => {
    const demo = shiftDemoDates(isoDate('2018-03-22'));
    expect(demo.plan.letterDate).toBe('2018-01-30');
    expect(demo.plan.printedDeadline).toBe('2018-05-11');
    expect(demo.plan.title).toBe('Haringey JTAI 2018: abuse and neglect');
    expect(demo.actions.find((a) => a.id === 'act-haringey-02')?.targetDate).toBe('2018-03-15');
  });
});
