import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../../../src/domain/dates';
import { completionOverTime } from '../../../src/domain/monitoring/completion-over-time';
import {
  describeAxis,
  MAX_AXIS_MONTHS,
  planSpan,
  planTimeAxis,
  tickStep,
} from '../../../src/domain/monitoring/plan-time-axis';
import { action, anUpdate, PLAN, snapshotOf } from './monitoring-fixtures';

const d = isoDate;

/** Testshire's letter is 30 January 2018, its deadline 11 May 2018; actions run to the given targets. */
const plan2018 = (targets: readonly string[], starts: readonly string[] = ['2018-02-12']) =>
  snapshotOf({
    actions: targets.map((target, i) =>
      action(i + 1, { startDate: d(starts[i % starts.length]!), targetDate: d(target) }),
    ),
  });

const tickLabels = (snapshot: ReturnType<typeof snapshotOf>, today: IsoDate) =>
  planTimeAxis(snapshot, today).ticks.map((t) => t.label);

describe('the span a plan’s charts cover', () => {
  it('runs from the letter to the latest target, whatever today is', () => {
    const snapshot = plan2018(['2018-06-29', '2018-10-31']);
    expect(planSpan(snapshot, d('2026-03-05'))).toEqual({ from: '2018-01-30', to: '2018-10-31' });
    const axis = planTimeAxis(snapshot, d('2026-03-05'));
    expect(axis.months.map((m) => m.label)).toEqual([
      'January 2018',
      'February 2018',
      'March 2018',
      'April 2018',
      'May 2018',
      'June 2018',
      'July 2018',
      'August 2018',
      'September 2018',
      'October 2018',
    ]);
    expect(axis.today).toBeNull();
  });

  it('runs to the submission deadline when every target falls before it', () => {
    expect(planSpan(plan2018(['2018-03-30']), d('2018-03-01'))).toEqual({ from: '2018-01-30', to: '2018-05-11' });
  });

  it('starts at an action begun before the letter, and reaches a milestone after the last target', () => {
    const snapshot = snapshotOf({
      actions: [
        action(1, {
          startDate: d('2017-11-06'),
          targetDate: d('2018-04-30'),
          milestones: [{ title: 'Audit', due: d('2018-07-31'), done: false }],
        }),
      ],
    });
    expect(planSpan(snapshot, d('2018-03-01'))).toEqual({ from: '2017-11-06', to: '2018-07-31' });
  });

  it('reaches a completion recorded after the last target, so a late finish still shows', () => {
    const snapshot = {
      ...plan2018(['2018-06-29']),
      updates: [anUpdate(1, 'act-1', '2019-02-14T10:00:00Z', 'complete')],
    };
    expect(planSpan(snapshot, d('2026-03-05'))?.to).toBe('2019-02-14');
  });

  it('is the current month alone for a plan with no dates, and says so', () => {
    const snapshot = snapshotOf({
      plan: { ...PLAN, letterDate: null, printedDeadline: null },
      actions: [action(1, { startDate: null, targetDate: null })],
    });
    const axis = planTimeAxis(snapshot, d('2026-03-05'));
    expect(axis.span).toBeNull();
    expect(axis.months.map((m) => m.label)).toEqual(['March 2026']);
    expect(describeAxis(axis, d('2026-03-05'))).toBe(
      'The plan has no dates yet, so this shows the current month to today, 5 March 2026.',
    );
  });

  it(`stops at ${MAX_AXIS_MONTHS} months when a target is mistyped decades ahead`, () => {
    const axis = planTimeAxis(plan2018(['2099-12-31']), d('2018-03-01'));
    expect(axis.months).toHaveLength(MAX_AXIS_MONTHS);
    expect(axis.months.at(-1)?.label).toBe('December 2027');
  });
});

describe('month ticks', () => {
  it.each([
    [1, 1],
    [12, 1],
    [13, 2],
    [24, 2],
    [25, 3],
    [36, 3],
    [37, 6],
    [72, 6],
    [73, 12],
  ])('%i months are ticked every %i', (months, step) => {
    expect(tickStep(months)).toBe(step);
  });

  it('labels every month of a plan within a year, with the year at the start and at each January', () => {
    expect(tickLabels(plan2018(['2018-10-19'], ['2017-11-20']), d('2018-03-01'))).toEqual([
      'Nov 2017',
      'Dec',
      'Jan 2018',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
    ]);
  });

  it('labels every other month of a plan over 13 to 24 months, on odd months of the year', () => {
    expect(tickLabels(plan2018(['2019-06-28']), d('2018-03-01'))).toEqual([
      'Jan 2018',
      'Mar',
      'May',
      'Jul',
      'Sept',
      'Nov',
      'Jan 2019',
      'Mar',
      'May',
    ]);
  });

  it('labels quarters of a plan over two to three years, starting at the first quarter inside it', () => {
    expect(tickLabels(plan2018(['2020-09-30'], ['2018-02-12']), d('2018-03-01'))).toEqual([
      'Jan 2018',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2019',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2020',
      'Apr',
      'Jul',
    ]);
    const fromMarch = snapshotOf({
      plan: { ...PLAN, letterDate: d('2018-03-06'), printedDeadline: null },
      actions: [action(1, { startDate: d('2018-03-12'), targetDate: d('2020-09-30') })],
    });
    expect(tickLabels(fromMarch, d('2018-04-01')).slice(0, 3)).toEqual(['Apr 2018', 'Jul', 'Oct']);
  });

  it('places each tick on its month', () => {
    const axis = planTimeAxis(plan2018(['2019-06-28']), d('2018-03-01'));
    expect(axis.ticks.map((t) => axis.months[t.index]?.label)).toEqual([
      'January 2018',
      'March 2018',
      'May 2018',
      'July 2018',
      'September 2018',
      'November 2018',
      'January 2019',
      'March 2019',
      'May 2019',
    ]);
  });
});

describe('today on the axis', () => {
  const snapshot = plan2018(['2018-10-31']);

  it('is marked part-way through its month when inside the plan’s months', () => {
    const axis = planTimeAxis(snapshot, d('2018-03-16'));
    expect(axis.today).toBeCloseTo(2 + 15 / 31);
    expect(describeAxis(axis, d('2018-03-16'))).toBe(
      'January 2018 to October 2018, from the plan’s own dates. The dashed line marks today, 16 March 2018.',
    );
  });

  it('is marked on the last day of the last month', () => {
    expect(planTimeAxis(snapshot, d('2018-10-31')).today).toBeCloseTo(9 + 30 / 31);
  });

  it.each([
    ['2026-03-05', 'Today, 5 March 2026, is after them.'],
    ['2017-12-20', 'Today, 20 December 2017, is before them.'],
  ])('is not marked on %s, outside the plan’s months, and the caption says where it is', (today, words) => {
    const axis = planTimeAxis(snapshot, d(today));
    expect(axis.today).toBeNull();
    expect(describeAxis(axis, d(today))).toBe(`January 2018 to October 2018, from the plan’s own dates. ${words}`);
  });
});

describe('completion over the plan’s months', () => {
  const snapshot = {
    ...plan2018(['2018-04-30', '2018-10-31']),
    actions: plan2018(['2018-04-30', '2018-10-31']).actions.map((a, i) =>
      i === 0 ? { ...a, status: 'complete' as const } : a,
    ),
    updates: [anUpdate(1, 'act-1', '2018-03-14T10:00:00Z', 'complete')],
  };

  it('counts each month that has begun, the current one to today, and leaves later months empty', () => {
    const today = d('2018-04-10');
    const points = completionOverTime(snapshot, planTimeAxis(snapshot, today), today);
    expect(points.map((p) => [p.index, p.date, p.complete, p.total])).toEqual([
      [0, '2018-01-31', 0, 2],
      [1, '2018-02-28', 0, 2],
      [2, '2018-03-31', 1, 2],
      [3, '2018-04-10', 1, 2],
    ]);
  });

  it('covers only the plan’s months for a plan long finished', () => {
    const today = d('2026-03-05');
    const points = completionOverTime(snapshot, planTimeAxis(snapshot, today), today);
    expect(points.map((p) => p.label)).toHaveLength(10);
    expect(points.at(-1)).toMatchObject({ date: '2018-10-31', label: 'October 2018', complete: 1 });
  });
});
