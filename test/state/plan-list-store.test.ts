import { describe, expect, it, vi } from 'vitest';
import type { PlanStore } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import { idSource, type PlanId } from '../../src/domain/ids';
import { EMPTY_NEW_PLAN_FORM } from '../../src/domain/new-plan-form';
import { createPlanListStore } from '../../src/state/plan-list-store';
import { seededEmulatorPerFile, storeFor } from '../ui/support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const seeded = seededEmulatorPerFile();

function listAs(persona: string, store: PlanStore = storeFor(seeded.emulator, persona)) {
  let n = 0;
  return createPlanListStore({ store, userId: persona as never, ids: idSource(() => `${persona}-list-${++n}`) });
}

describe('the plan list store', () => {
  it('keeps archived plans, marked as such, for the list to show on request', async () => {
    const dcs = storeFor(seeded.emulator, 'u-dcs');
    const loaded = await dcs.loadPlan(PLAN);
    const archived = await dcs.updatePlan({ ...loaded.plan.value, archived: true }, loaded.plan.version);
    try {
      const list = listAs('u-police-owner');
      await list.getState().refresh();
      expect(list.getState().plans.find((p) => p.id === PLAN)).toMatchObject({ archived: true });
      expect(list.getState().stageLabels[PLAN]).toBe('Drafting by partners');
    } finally {
      await dcs.updatePlan({ ...archived.value, archived: false }, archived.version);
    }
  });

  it('shows what the latest read found when an earlier read answers after it', async () => {
    const dcs = storeFor(seeded.emulator, 'u-dcs');
    // Each read of the plans is taken when asked for, and answered when let go.
    const held: (() => void)[] = [];
    const slow: PlanStore = {
      ...dcs,
      listPlans: async () => {
        const plans = await dcs.listPlans();
        return new Promise((resolve) => held.push(() => resolve(plans)));
      },
    };
    const list = listAs('u-dcs', slow);
    const loaded = await dcs.loadPlan(PLAN);
    const earlier = list.getState().refresh();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const archived = await dcs.updatePlan({ ...loaded.plan.value, archived: true }, loaded.plan.version);
    try {
      const latest = list.getState().refresh();
      await vi.waitFor(() => expect(held).toHaveLength(2));
      held[1]!();
      held[0]!();
      await Promise.all([earlier, latest]);
      expect(list.getState().plans.find((p) => p.id === PLAN)).toMatchObject({ archived: true });
    } finally {
      await dcs.updatePlan({ ...archived.value, archived: false }, archived.version);
    }
  });

  it('starts a plan without a letter, its creator as plan admin with the default agencies', async () => {
    const list = listAs('u-improvement-lead');
    const outcome = await list.getState().createPlan({
      ...EMPTY_NEW_PLAN_FORM,
      area: 'Torbay',
      inspectionType: 'area-send',
      letterDate: '16/05/2024',
    });
    expect(outcome.status).toBe('created');
    if (outcome.status !== 'created') return;
    const stored = await storeFor(seeded.emulator, 'u-improvement-lead').loadPlan(outcome.planId);
    expect(stored.plan.value).toMatchObject({
      title: 'Torbay area SEND inspection 2024',
      area: 'Torbay',
      inspectionType: 'area-send',
      letterDate: '2024-05-16',
      printedDeadline: null,
      archived: false,
    });
    expect(stored.plan.value.agencies.map((a) => a.key)).toContain('police');
    expect(stored.members.map((m) => [m.value.userId, m.value.role])).toEqual([['u-improvement-lead', 'plan-admin']]);
    expect(stored.findings).toEqual([]);
    expect(list.getState().plans.some((p) => p.id === outcome.planId)).toBe(true);
  });

  it('says what to fix and stores nothing when the form is not valid', async () => {
    const list = listAs('u-dcs');
    await list.getState().refresh();
    const before = list.getState().plans.length;
    const outcome = await list.getState().createPlan({ ...EMPTY_NEW_PLAN_FORM, deadline: '32/01/2024' });
    expect(outcome).toEqual({
      status: 'invalid',
      problems: {
        area: 'Enter the local area inspected, for example Cheshire East.',
        deadline: 'Enter the date as day/month/year, for example 26/09/2022.',
      },
    });
    expect((await storeFor(seeded.emulator, 'u-dcs').listPlans()).length).toBe(before);
  });

  it('finishes the same plan when tried again after a failure half-way', async () => {
    const real = storeFor(seeded.emulator, 'u-dcs');
    let failures = 1;
    const flaky: PlanStore = {
      ...real,
      addMembers: async (members) => {
        if (failures-- > 0) throw new StoreError('offline', 'The network dropped');
        return real.addMembers(members);
      },
    };
    const list = listAs('u-dcs', flaky);
    const form = { ...EMPTY_NEW_PLAN_FORM, title: 'Retry plan', area: 'Haringey' };
    expect(await list.getState().createPlan(form)).toEqual({
      status: 'failed',
      message: expect.stringMatching(/^SharePoint could not be reached to finish the plan/) as unknown as string,
    });
    const again = await list.getState().createPlan(form);
    expect(again.status).toBe('created');
    const plans = (await real.listPlans()).filter((p) => p.value.title === 'Retry plan');
    expect(plans).toHaveLength(1);
    const stored = await real.loadPlan(plans[0]!.value.id);
    expect(stored.members.map((m) => m.value.role)).toEqual(['plan-admin']);
  });

  it('tells a member who is not an admin of any plan that SharePoint will not let them start one', async () => {
    const list = listAs('u-education-owner');
    const outcome = await list.getState().createPlan({ ...EMPTY_NEW_PLAN_FORM, title: 'Not mine', area: 'Haringey' });
    expect(outcome.status).toBe('refused');
    const plans = await storeFor(seeded.emulator, 'u-dcs').listPlans();
    expect(plans.some((p) => p.value.title === 'Not mine')).toBe(false);
  });
});
