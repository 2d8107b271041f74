import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action';
import { DEFAULT_QUERY, queryActions } from '../../src/domain/action-query';
import { isoDate, type IsoDate } from '../../src/domain/dates';
import type { ActionId, FindingId } from '../../src/domain/ids';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../src/emulator/seed/haringey-2018';
import { anAction } from './fixtures';

const today = isoDate('2018-06-01');
const snapshot: PlanSnapshot = {
  plan: HARINGEY_PLAN,
  findings: HARINGEY_FINDINGS,
  actions: HARINGEY_ACTIONS,
  members: [],
  updates: [],
  signOffs: [],
};

function manyActions(n: number): Action[] {
  const statuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
  const agencies = ['police', 'health', 'childrens-social-care', 'education', 'probation'];
  return Array.from({ length: n }, (_, i) =>
    anAction({
      id: `act-${i}` as ActionId,
      findingId: HARINGEY_FINDINGS[i % HARINGEY_FINDINGS.length]!.id as FindingId,
      title: `Action ${i} ${i % 7 === 0 ? 'zeta pilot' : 'routine review'}`,
      leadAgency: agencies[i % agencies.length]!,
      status: statuses[i % statuses.length]!,
      targetDate: `2018-${String((i % 12) + 1).padStart(2, '0')}-15` as IsoDate,
      order: i,
    }),
  );
}

describe('querying the plan grid', () => {
  it('groups by finding in letter order by default', () => {
    const { groups, total } = queryActions(snapshot, DEFAULT_QUERY, today);
    expect(total).toBe(6);
    expect(groups.map((g) => g.label)).toEqual([
      'Area for improvement 1: Joint partnership decision making in the MASH',
      'Area for improvement 7: Identification of neglect',
      'Area for improvement 11: Performing safeguarding checks at key points of assessment',
      'Area for improvement 12: Understanding of early help across the partnership',
      'Area for improvement 13: The LSCB must quicken its pace of improvement',
    ]);
    expect(groups[0]!.rows.map((r) => r.action.id)).toEqual(['act-haringey-01', 'act-haringey-02']);
  });

  it('filters by agency, status, overdue and words together', () => {
    const police = queryActions(snapshot, { ...DEFAULT_QUERY, agency: 'police' }, today);
    expect(police.total).toBe(1);
    const overdue = queryActions(snapshot, { ...DEFAULT_QUERY, overdueOnly: true }, isoDate('2018-07-01'));
    expect(overdue.groups.flatMap((g) => g.rows.map((r) => r.action.id))).toEqual([
      'act-haringey-01',
      'act-haringey-02',
      'act-haringey-06',
    ]);
    const words = queryActions(snapshot, { ...DEFAULT_QUERY, search: 'neglect TRAINING' }, today);
    expect(words.groups.flatMap((g) => g.rows.map((r) => r.action.id))).toEqual(['act-haringey-03']);
    expect(queryActions(snapshot, { ...DEFAULT_QUERY, status: 'complete' }, today).total).toBe(0);
  });

  it('sorts by target date and groups by status in the status order', () => {
    const { groups } = queryActions(snapshot, { ...DEFAULT_QUERY, groupBy: 'none', sortBy: 'target' }, today);
    const dates = groups[0]!.rows.map((r) => r.action.targetDate);
    expect(dates).toEqual([...dates].sort());
    const byStatus = queryActions(snapshot, { ...DEFAULT_QUERY, groupBy: 'status' }, today);
    expect(byStatus.groups.map((g) => g.label)).toEqual(['Not started', 'On track', 'At risk', 'Off track']);
  });

  it('handles 2,000 actions: every action lands in exactly one group', () => {
    const big = { ...snapshot, actions: manyActions(2000) };
    const { groups, total } = queryActions(big, { ...DEFAULT_QUERY, groupBy: 'agency' }, today);
    expect(total).toBe(2000);
    expect(groups).toHaveLength(5);
    expect(new Set(groups.flatMap((g) => g.rows.map((r) => r.action.id))).size).toBe(2000);
    expect(queryActions(big, { ...DEFAULT_QUERY, search: 'zeta', agency: 'police' }, today).total).toBe(
      big.actions.filter((a) => a.title.includes('zeta') && a.leadAgency === 'police').length,
    );
  });
});
