import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../../src/domain/calendar/working-days';
import { isoDate } from '../../../src/domain/dates';
import { DEFAULT_CHAIN, type StageChain } from '../../../src/domain/workflow/stage-chain';
import { STAGE_KIND_RULES } from '../../../src/domain/workflow/stage-kind-rules';
import { stageTimeline, suggestedStageDates } from '../../../src/domain/workflow/stage-timeline';
import { governanceAt, mustApply, people } from './workflow-fixtures';

const DEADLINE = isoDate('2018-05-11');

describe('suggested stage dates, counted back from the deadline in working days', () => {
  it('reproduces a Haringey 2018 timetable across Easter and the May bank holiday', () => {
    expect(suggestedStageDates(DEFAULT_CHAIN, DEADLINE).map((d) => [d.stage, d.date])).toEqual([
      ['drafting', '2018-03-22'],
      // Good Friday (30 March) and Easter Monday (2 April) are not counted.
      ['agency-qa', '2018-03-29'],
      ['collation', '2018-04-09'],
      ['partnership-review', '2018-04-16'],
      ['amendments', '2018-04-23'],
      ['partnership-approval', '2018-04-30'],
      // The early May bank holiday (7 May) is not counted.
      ['executive-sign-off', '2018-05-08'],
      ['submitted', '2018-05-11'],
    ]);
  });

  it('leaves each stage its working days before the next', () => {
    const dates = suggestedStageDates(DEFAULT_CHAIN, DEADLINE);
    for (let i = 1; i < dates.length; i++) {
      const stage = DEFAULT_CHAIN.find((s) => s.key === dates[i]!.stage)!;
      expect(workingDaysBetween(dates[i - 1]!.date, dates[i]!.date)).toBe(STAGE_KIND_RULES[stage.kind].workingDays);
    }
  });

  it('leaves out skipped stages and makes room for added ones', () => {
    const chain: StageChain = [
      ...DEFAULT_CHAIN.slice(0, 7).map((s) => (s.key === 'amendments' ? { ...s, skipped: true } : s)),
      { key: 'custom-cabinet', label: 'Cabinet', kind: 'meeting', skipped: false },
      ...DEFAULT_CHAIN.slice(7),
    ];
    const dates = new Map(suggestedStageDates(chain, DEADLINE).map((d) => [d.stage, d.date]));
    expect(dates.has('amendments')).toBe(false);
    expect(dates.get('custom-cabinet')).toBe('2018-05-08');
    expect(dates.get('executive-sign-off')).toBe('2018-04-30');
    expect(dates.get('partnership-approval')).toBe('2018-04-23');
    expect(dates.get('partnership-review')).toBe('2018-04-16');
  });
});

describe('the stage timeline', () => {
  const atCollation = governanceAt('collation');

  it('marks done, current and upcoming stages, and flags the current one overdue', () => {
    const rows = stageTimeline(atCollation, DEADLINE, isoDate('2018-04-10'));
    expect(rows.map((r) => [r.stage, r.state, r.due, r.overdue])).toEqual([
      ['drafting', 'done', '2018-03-22', false],
      ['agency-qa', 'done', '2018-03-29', false],
      ['collation', 'current', '2018-04-09', true],
      ['partnership-review', 'upcoming', '2018-04-16', false],
      ['amendments', 'upcoming', '2018-04-23', false],
      ['partnership-approval', 'upcoming', '2018-04-30', false],
      ['executive-sign-off', 'upcoming', '2018-05-08', false],
      ['submitted', 'upcoming', '2018-05-11', false],
      ['monitoring', 'upcoming', null, false],
      ['closed', 'upcoming', null, false],
    ]);
    expect(rows[2]?.workingDaysLeft).toBe(-1);
    expect(rows[7]?.workingDaysLeft).toBe(22);
  });

  it('uses a date the admin set, and says so', () => {
    const g = mustApply(
      atCollation,
      { type: 'set-due-date', stage: 'collation', date: isoDate('2018-04-13') },
      people.dcs,
    );
    expect(g.audit.at(-1)?.summary).toBe('Collation by the DCS due by 13 April 2018');
    const row = stageTimeline(g, DEADLINE, isoDate('2018-04-10')).find((r) => r.stage === 'collation');
    expect(row).toMatchObject({
      suggested: '2018-04-09',
      due: '2018-04-13',
      overridden: true,
      overdue: false,
      workingDaysLeft: 3,
    });
    const cleared = mustApply(g, { type: 'set-due-date', stage: 'collation', date: null }, people.dcs);
    expect(stageTimeline(cleared, DEADLINE, isoDate('2018-04-10'))[2]).toMatchObject({
      due: '2018-04-09',
      overridden: false,
    });
  });

  it('flags nothing once the plan is submitted', () => {
    const rows = stageTimeline(governanceAt('monitoring'), DEADLINE, isoDate('2018-06-01'));
    expect(rows.some((r) => r.overdue)).toBe(false);
  });
});
