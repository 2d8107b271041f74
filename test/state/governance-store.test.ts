import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { changesSinceSignOff, partnerStatus } from '../../src/domain/workflow/sign-off-status';
import type { PlanStore } from '../../src/data/plan-store.port';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { createPlanListStore } from '../../src/state/plan-list-store';
import { startSeededEmulator, storeFor as storeOn } from '../ui/support/render-app';
import {
  PARTNER_IDS,
  TO_EXECUTIVE_SIGN_OFF,
  TO_PARTNERSHIP_APPROVAL,
  executiveApprove,
  openAs,
  partnerApprove,
  startGovernancePlan,
  walk,
} from './governance-setup';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());

const newPlan = (key: string) => startGovernancePlan(storeFor('u-dcs'), { key });

async function stageOf(planId: PlanId): Promise<string> {
  const view = await openAs(storeFor, 'u-dcs', planId);
  return view.getState().governance!.stage;
}

describe('the governance store, through the Graph adapter and the emulator', () => {
  it('takes a plan from drafting to monitoring with each persona doing their part', async () => {
    const planId = await newPlan('chain');
    expect(await stageOf(planId)).toBe('drafting');

    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    expect(await stageOf(planId)).toBe('partnership-approval');
    await walk(
      storeFor,
      planId,
      PARTNER_IDS.map((p) => [p, partnerApprove] as const),
    );
    expect(await stageOf(planId)).toBe('executive-sign-off');
    await walk(storeFor, planId, [
      ['u-lead-member', executiveApprove],
      ['u-chief-executive', executiveApprove],
    ]);
    expect(await stageOf(planId)).toBe('submitted');
    await walk(storeFor, planId, [
      ['u-dcs', () => ({ type: 'submit', date: isoDate('2018-03-01'), documentRef: 'Haringey WSoA 2018-05-11.docx' })],
    ]);

    const reader = await openAs(storeFor, 'u-lead-member', planId);
    const g = reader.getState().governance!;
    expect(g.stage).toBe('monitoring');
    expect(reader.getState().snapshot!.plan.stage).toBe('monitoring');
    expect(g.submission).toMatchObject({ date: '2018-03-01', documentRef: 'Haringey WSoA 2018-05-11.docx' });
    expect(g.signOffs.map((s) => `${s.stage}:${s.role}`)).toEqual([
      'agency-qa:agency-qa-lead',
      'agency-qa:agency-qa-lead',
      'agency-qa:agency-qa-lead',
      'partnership-approval:safeguarding-partner',
      'partnership-approval:safeguarding-partner',
      'partnership-approval:safeguarding-partner',
      'executive-sign-off:lead-member',
      'executive-sign-off:chief-executive',
    ]);
    expect(reader.getState().snapshot!.signOffs).toHaveLength(8);
    const moves = g.audit.flatMap((e) => (e.kind === 'stage-changed' ? [e.to] : []));
    expect(moves).toEqual([
      'agency-qa',
      'collation',
      'partnership-review',
      'amendments',
      'partnership-approval',
      'executive-sign-off',
      'submitted',
      'monitoring',
    ]);

    const list = createPlanListStore({ store: storeFor('u-dcs'), userId: 'u-dcs' as never });
    await list.getState().refresh();
    expect(list.getState().plans.find((p) => p.id === planId)?.stage).toBe('monitoring');
    expect(list.getState().stageLabels[planId]).toBe('Monitoring delivery');
  });

  it('shows an added stage by its own name, and as the built-in stage before it where only those fit', async () => {
    const planId = await newPlan('cabinet');
    const dcs = await openAs(storeFor, 'u-dcs', planId);
    const chain = dcs.getState().governance!.chain;
    const cabinet = { key: 'custom-cabinet', label: 'Cabinet', kind: 'meeting', skipped: false } as const;
    const edited = await dcs
      .getState()
      .dispatch({ type: 'edit-chain', chain: [chain[0]!, cabinet, ...chain.slice(1)] });
    expect(edited.status).toBe('done');
    expect((await dcs.getState().dispatch({ type: 'advance', note: '' })).status).toBe('done');
    expect(dcs.getState().governance!.stage).toBe('custom-cabinet');
    expect(dcs.getState().snapshot!.plan.stage).toBe('drafting');
    const leaving = await dcs.getState().dispatch({ type: 'advance', note: '' });
    expect(leaving).toMatchObject({ status: 'refused', code: 'WORKFLOW.NOTE_REQUIRED' });

    const list = createPlanListStore({ store: storeFor('u-dcs'), userId: 'u-dcs' as never });
    await list.getState().refresh();
    expect(list.getState().stageLabels[planId]).toBe('Cabinet');
    expect(list.getState().plans.find((p) => p.id === planId)?.stage).toBe('drafting');
  });

  it('returns the coded refusal to someone acting outside their role, and stores nothing', async () => {
    const planId = await newPlan('wrong-role');
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const before = owner.getState().governance!;
    const outcome = await owner.getState().dispatch(partnerApprove(owner.getState().snapshot!));
    expect(outcome).toEqual({
      status: 'refused',
      code: 'WORKFLOW.NOT_PERMITTED',
      message: 'Only the safeguarding partners can sign at Partnership approval.',
    });
    const advanced = await owner.getState().dispatch({ type: 'advance', note: '' });
    expect(advanced).toMatchObject({ status: 'refused', code: 'WORKFLOW.NOT_PERMITTED' });
    expect(owner.getState().governance).toBe(before);
    const fresh = await openAs(storeFor, 'u-dcs', planId);
    expect(fresh.getState().governance!.signOffs).toHaveLength(3);
    expect(fresh.getState().governance!.stage).toBe('partnership-approval');
  });

  it('supersedes approvals when an approved action is edited, and sends the plan back to partnership approval', async () => {
    const planId = await newPlan('edit');
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const owner = await openAs(storeFor, 'u-police-owner', planId);
    const action = owner.getState().snapshot!.actions.find((a) => a.leadAgency === 'police')!;

    const progressOnly = await owner.getState().saveAction({ ...action, status: 'on-track' });
    expect(progressOnly.status).toBe('saved');
    expect(owner.getState().governance!.stage).toBe('executive-sign-off');
    expect(owner.getState().workflowNotice).toBeNull();

    const latest = owner.getState().snapshot!.actions.find((a) => a.id === action.id)!;
    const edited = await owner.getState().saveAction({ ...latest, targetDate: isoDate('2018-07-31') });
    expect(edited.status).toBe('saved');
    expect(owner.getState().governance!.stage).toBe('partnership-approval');
    expect(owner.getState().workflowNotice).toMatchObject({ intent: 'info', title: 'Signed content changed' });
    expect(owner.getState().workflowNotice!.message).toMatch(
      /4 sign-offs no longer apply.*back at Partnership approval/,
    );

    const partner = await openAs(storeFor, 'u-partner-police', planId);
    const g = partner.getState().governance!;
    expect(g.stage).toBe('partnership-approval');
    expect(g.supersessions).toHaveLength(4); // three partners and the police QA
    const mine = partnerStatus(g, partner.getState().snapshot!).find((s) => s.member.userId === 'u-partner-police')!;
    expect(mine.state).toBe('changed-since-approval');
    const changes = changesSinceSignOff(mine.latest!, g, partner.getState().snapshot!);
    expect(changes?.actions.changed).toEqual([
      expect.objectContaining({ id: action.id as ActionId, fields: ['targetDate'] }),
    ]);
    expect(g.audit.filter((e) => e.kind === 'superseded')).toHaveLength(4);

    const again = await partner.getState().dispatch(partnerApprove(partner.getState().snapshot!));
    expect(again.status).toBe('done');
  });

  it('counts both partners who approve from views opened before the other signed, in two requests each', async () => {
    const planId = await newPlan('race');
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const requests: string[] = [];
    const counting = (persona: string): PlanStore => {
      const store = storeFor(persona);
      return {
        ...store,
        appendGovernanceEntry: (entry) => (requests.push('append'), store.appendGovernanceEntry(entry)),
        loadGovernanceEntries: (id) => (requests.push('read back'), store.loadGovernanceEntries(id)),
      };
    };
    const [first, second] = await Promise.all([
      openAs(storeFor, 'u-partner-la', planId),
      openAs(counting, 'u-partner-health', planId),
    ]);
    expect((await first.getState().dispatch(partnerApprove(first.getState().snapshot!))).status).toBe('done');
    const outcome = await second.getState().dispatch(partnerApprove(second.getState().snapshot!));
    expect(outcome.status).toBe('done');
    expect(requests).toEqual(['append', 'read back']);
    const approvals = second.getState().governance!.signOffs.filter((s) => s.stage === 'partnership-approval');
    expect(approvals.map((s) => s.userId).sort()).toEqual(['u-partner-health', 'u-partner-la']);
  });

  it('does not move the plan twice when two admins press "move on" at once', async () => {
    const planId = await newPlan('double');
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL.slice(0, 4));
    const [dcs, lead] = await Promise.all([
      openAs(storeFor, 'u-dcs', planId),
      openAs(storeFor, 'u-improvement-lead', planId),
    ]);
    expect((await dcs.getState().dispatch({ type: 'advance', note: '' })).status).toBe('done');
    const late = await lead.getState().dispatch({ type: 'advance', note: '' });
    expect(late).toMatchObject({ status: 'refused', code: 'WORKFLOW.WRONG_STAGE' });
    if (late.status === 'refused') expect(late.message).toMatch(/already moved to Partnership review/);
    expect(await stageOf(planId)).toBe('partnership-review');
  });
});
