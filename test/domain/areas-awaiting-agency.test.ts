import { describe, expect, it } from 'vitest';
import {
  areasAwaitingAgency,
  areasAwaitingEachAgency,
  awaitedAreasMatter,
} from '../../src/domain/areas-awaiting-agency';
import { governanceAt } from './workflow/workflow-fixtures';
import type { Finding } from '../../src/domain/finding';
import { findingReferences } from '../../src/domain/finding-references';
import type { ActionId, FindingId } from '../../src/domain/ids';
import { AGENCIES, PLAN_ID, anAction } from './fixtures';

function aFinding(id: string, type: Finding['type'], agencies: Finding['agencies'], order: number): Finding {
  return {
    id: id as FindingId,
    planId: PLAN_ID,
    type,
    text: `Finding ${id}`,
    subItems: [],
    heading: null,
    agencies,
    order,
  };
}

// The letter's order: priority action 1, improvement 1, improvement 2, a strength, improvement 3.
const findings = [
  aFinding('f-imp-3', 'improvement', ['police', 'health'], 4),
  aFinding('f-pa-1', 'priority-action', ['police'], 0),
  aFinding('f-imp-1', 'improvement', ['police', 'childrens-social-care'], 1),
  aFinding('f-strength', 'strength', ['police'], 3),
  aFinding('f-imp-2', 'improvement', ['health'], 2),
];

describe('areas still waiting for an agency’s action', () => {
  it('lists, in the letter’s order, the areas naming the agency where no action has it lead or contribute', () => {
    const actions = [
      // Police lead an action in priority action 1.
      anAction({ id: 'a1' as ActionId, findingId: 'f-pa-1' as FindingId, leadAgency: 'police' }),
      // Children's social care lead in improvement 1, police contribute.
      anAction({
        id: 'a2' as ActionId,
        findingId: 'f-imp-1' as FindingId,
        leadAgency: 'childrens-social-care',
        contributingAgencies: ['police'],
      }),
      // Health act in improvement 3, without the police.
      anAction({ id: 'a3' as ActionId, findingId: 'f-imp-3' as FindingId, leadAgency: 'health' }),
    ];
    const awaiting = areasAwaitingAgency({ findings, actions }, 'police');
    expect(awaiting.map((a) => [a.finding.id, a.reference])).toEqual([['f-imp-3', 'Area for improvement 3']]);
    // A strength names the police too, but needs no action.
    expect(areasAwaitingAgency({ findings, actions: [] }, 'police').map((a) => a.reference)).toEqual([
      'Area for priority action 1',
      'Area for improvement 1',
      'Area for improvement 3',
    ]);
  });

  it('counts, for each of the plan’s agencies, the areas naming it and those still awaiting it', () => {
    const actions = [anAction({ findingId: 'f-imp-2' as FindingId, leadAgency: 'health' })];
    const plan = { agencies: AGENCIES } as Parameters<typeof areasAwaitingEachAgency>[0]['plan'];
    const rows = areasAwaitingEachAgency({ plan, findings, actions });
    expect(rows.map((r) => r.agency.key)).toEqual(AGENCIES.map((a) => a.key));
    const police = rows.find((r) => r.agency.key === 'police')!;
    expect([police.named, police.awaiting.length]).toEqual([3, 3]);
    const health = rows.find((r) => r.agency.key === 'health')!;
    expect([health.named, health.awaiting.map((a) => a.reference)]).toEqual([2, ['Area for improvement 3']]);
    const probation = rows.find((r) => r.agency.key === 'probation')!;
    expect([probation.named, probation.awaiting]).toEqual([0, []]);
  });
});

describe('when areas still waiting for an agency are shown', () => {
  it('is until the plan is submitted, whatever stage it is at before', () => {
    expect(awaitedAreasMatter(null)).toBe(true);
    for (const stage of ['drafting', 'agency-qa', 'partnership-approval', 'executive-sign-off', 'submitted'] as const)
      expect([stage, awaitedAreasMatter(governanceAt(stage))]).toEqual([stage, true]);
    for (const stage of ['monitoring', 'closed'] as const)
      expect([stage, awaitedAreasMatter(governanceAt(stage))]).toEqual([stage, false]);
  });
});

describe('how the letter refers to a finding', () => {
  it('numbers each type on its own, in the letter’s order whatever order the findings come in', () => {
    const references = findingReferences(findings);
    expect(Object.fromEntries(references)).toEqual({
      'f-pa-1': 'Area for priority action 1',
      'f-imp-1': 'Area for improvement 1',
      'f-imp-2': 'Area for improvement 2',
      'f-strength': 'Strength 1',
      'f-imp-3': 'Area for improvement 3',
    });
  });
});
