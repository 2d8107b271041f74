import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/action';
import type { ActionId, FindingId, MemberId } from '../../../src/domain/ids';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { statementGaps } from '../../../src/domain/statement/statement-gaps';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS } from '../../../src/emulator/seed/haringey-2018';
import { haringeySnapshot } from '../../export/support/snapshots';

/** Findings 1 and 5 of the Haringey seed, the first with one complete action. */
function small(actions: readonly Action[]): PlanSnapshot {
  const base = haringeySnapshot();
  const strength = base.findings.find((f) => f.type === 'strength')!;
  return { ...base, findings: [HARINGEY_FINDINGS[0]!, HARINGEY_FINDINGS[4]!, strength], actions };
}

const complete = HARINGEY_ACTIONS[0]!;

describe('statementGaps', () => {
  it('names each area without an action by its short title, and never a strength', () => {
    const gaps = statementGaps(small([complete]), []);
    expect(gaps).toEqual([
      {
        kind: 'finding-without-action',
        message: '"Voice of the child" has no action yet.',
        findingId: 'fnd-haringey-05',
      },
    ]);
  });

  it('names an action by its title when it lacks a lead officer, a target date or a success measure', () => {
    const bare: Action = {
      ...complete,
      id: 'act-bare' as ActionId,
      findingId: 'fnd-haringey-05' as FindingId,
      title: 'Hear every child at their first visit',
      leadOfficer: null,
      targetDate: null,
      successMeasure: '  ',
    };
    const gaps = statementGaps(small([complete, bare]), []);
    expect(gaps.map((g) => g.kind)).toEqual(['action-without-owner', 'action-without-date', 'action-without-measure']);
    expect(gaps[0]!.message).toBe(
      'The action "Hear every child at their first visit" (Voice of the child) has no lead officer.',
    );
    expect(gaps[1]!.message).toContain('has no target date');
    expect(gaps[2]!.message).toContain('has no success measure');
    expect(gaps.every((g) => g.actionId === 'act-bare' && g.findingId === 'fnd-haringey-05')).toBe(true);
  });

  it('treats a lead officer who is no longer a member of the plan as missing', () => {
    const departed: Action = { ...complete, leadOfficer: 'mem-gone' as MemberId };
    const gaps = statementGaps(small([departed]), []).filter((g) => g.actionId === complete.id);
    expect(gaps.map((g) => g.kind)).toEqual(['action-without-owner']);
  });

  it('checks actions that belong to no area too', () => {
    const stray: Action = {
      ...complete,
      id: 'act-stray' as ActionId,
      findingId: 'fnd-gone' as FindingId,
      targetDate: null,
    };
    const gaps = statementGaps(small([complete, stray]), []);
    expect(gaps.find((g) => g.actionId === 'act-stray')?.message).toBe(
      `The action "${complete.title}" has no target date.`,
    );
  });

  it('adds one gap per outstanding signature, after the content gaps', () => {
    const gaps = statementGaps(small([complete]), ['Safeguarding partner (police)', 'Chief Executive']);
    expect(gaps.map((g) => g.kind)).toEqual(['finding-without-action', 'sign-off-outstanding', 'sign-off-outstanding']);
    expect(gaps.at(-1)!.message).toBe('Awaiting signature: Chief Executive.');
  });

  it('finds nothing missing in a complete, signed statement', () => {
    const base = small([complete]);
    expect(statementGaps({ ...base, findings: base.findings.slice(0, 1) }, [])).toEqual([]);
  });
});
