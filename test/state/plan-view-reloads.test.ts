import { describe, expect, it } from 'vitest';
import type { LoadedPlan, PlanStore } from '../../src/data/plan-store.port';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import type { Role } from '../../src/domain/member';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { seededEmulatorPerFile, storeFor } from '../ui/support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const POLICE_ACTION = 'act-haringey-02' as ActionId;
const seeded = seededEmulatorPerFile();

/** Lets a released load reach the screen: it waits on promises only, so one turn of the event loop is enough. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A load that has read the plan, held back from the screen until released. */
interface HeldLoad {
  readonly read: Promise<LoadedPlan>;
  release(): void;
}

/** The DCS's plan view over a store whose loads, once `hold` is called, wait to be released. */
function dcsViewWithHeldLoads() {
  const real = storeFor(seeded.emulator, 'u-dcs');
  const held: HeldLoad[] = [];
  let holding = false;
  const store: PlanStore = {
    ...real,
    loadPlan(id) {
      const read = real.loadPlan(id);
      if (!holding) return read;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      held.push({ read, release });
      return released.then(() => read);
    },
  };
  let n = 0;
  const view = createPlanViewStore({
    store,
    userId: 'u-dcs' as never,
    userName: 'Amara Okafor',
    ids: idSource(() => `reload-${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending: memoryPendingEditStorage(),
  });
  return { view, held, hold: () => (holding = true) };
}

describe('reloads of an open plan never take the person’s own changes off the screen', () => {
  it('does not show a reload that read the plan before the person’s later change, whichever answers last', async () => {
    const { view, held, hold } = dcsViewWithHeldLoads();
    await view.getState().open(PLAN);
    hold();
    const policeAction = () => view.getState().snapshot!.actions.find((a) => a.id === POLICE_ACTION)!;
    const member = (userId: string) => view.getState().snapshot!.members.find((m) => m.userId === userId)!;
    const changeRole = async (userId: string, role: Role) => {
      const outcome = await view.getState().changeMember({ ...member(userId), role });
      expect(outcome.status).toBe('done');
    };

    // Each change of the plan's people reloads the plan; the first reload reads before the second change.
    await changeRole('u-police-qa', 'agency-owner');
    expect(held).toHaveLength(1);
    await held[0]!.read;
    // Meanwhile the police owner changes one of their actions, which only the second reload reads.
    const police = storeFor(seeded.emulator, 'u-police-owner');
    const stored = (await police.loadPlan(PLAN)).actions.find((a) => a.value.id === POLICE_ACTION)!;
    await police.updateAction({ ...stored.value, successMeasure: 'Reviewed within 24 hours' }, stored.version);
    await changeRole('u-health-owner', 'agency-qa-lead');
    expect(held).toHaveLength(2);
    expect(member('u-health-owner').role).toBe('agency-qa-lead');

    // The later reload answers first, then the earlier one, which read the plan before the second change.
    await held[1]!.read;
    held[1]!.release();
    await settled();
    expect(policeAction().successMeasure).toBe('Reviewed within 24 hours');
    held[0]!.release();
    await settled();
    expect(policeAction().successMeasure).toBe('Reviewed within 24 hours');
    expect(member('u-health-owner').role).toBe('agency-qa-lead');
    expect(member('u-police-qa').role).toBe('agency-owner');
  });
});
