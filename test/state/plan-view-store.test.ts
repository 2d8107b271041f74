import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import { memoryPendingEditStorage, type PendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { resolveConflicts } from '../../src/domain/merge/three-way-merge';
import { seededEmulatorPerFile, storeFor } from '../ui/support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const PLAN = 'plan-haringey-2018' as PlanId;
const POLICE_ACTION = 'act-haringey-02' as ActionId;
const seeded = seededEmulatorPerFile();
beforeEach(async () => {
  await setEmulatorFaults(seeded.emulator, null);
});

function viewAs(persona: string, pending: PendingEditStorage = memoryPendingEditStorage()) {
  let n = 0;
  return createPlanViewStore({
    store: storeFor(seeded.emulator, persona),
    userId: persona as never,
    userName: persona,
    ids: idSource(() => `${persona}-${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending,
  });
}

const actionIn = (view: ReturnType<typeof viewAs>, id = POLICE_ACTION) =>
  view.getState().snapshot!.actions.find((a) => a.id === id)!;

describe('editing actions through the plan view store', () => {
  it('loads the plan and knows who the person is in it', async () => {
    const view = viewAs('u-police-owner');
    await view.getState().open(PLAN);
    expect(view.getState().load.status).toBe('ready');
    expect(view.getState().me).toMatchObject({ role: 'agency-owner', agency: 'police' });
    expect(view.getState().snapshot!.findings).toHaveLength(31);
  });

  it('waits for the load under way when asked to open the same plan again, rather than loading it twice', async () => {
    const store = storeFor(seeded.emulator, 'u-police-owner');
    let loads = 0;
    const view = createPlanViewStore({
      store: {
        ...store,
        loadPlan: (id) => {
          loads++;
          return store.loadPlan(id);
        },
      },
      userId: 'u-police-owner' as never,
      userName: 'u-police-owner',
      ids: idSource(() => 'unused'),
      now: () => new Date('2018-03-01T10:00:00Z'),
      pending: memoryPendingEditStorage(),
    });
    const first = view.getState().open(PLAN);
    const second = view.getState().open(PLAN);
    expect(second).toBe(first);
    await second;
    expect(loads).toBe(1);
    expect(view.getState().load.status).toBe('ready');
  });

  it('merges without asking when two people changed different fields of one action', async () => {
    const police = viewAs('u-police-owner');
    const dcs = viewAs('u-dcs');
    await Promise.all([police.getState().open(PLAN), dcs.getState().open(PLAN)]);
    const dcsSave = await dcs
      .getState()
      .saveAction({ ...actionIn(dcs), sponsoringDirector: 'Director of Children’s Services' });
    expect(dcsSave.status).toBe('saved');
    const outcome = await police.getState().saveAction({ ...actionIn(police), measuredBy: 'MASH dashboard, monthly' });
    expect(outcome.status).toBe('saved');
    const fresh = viewAs('u-dcs');
    await fresh.getState().open(PLAN);
    expect(actionIn(fresh)).toMatchObject({
      sponsoringDirector: 'Director of Children’s Services',
      measuredBy: 'MASH dashboard, monthly',
    });
  });

  it('asks only about the field both changed, and keeps the field only the other person changed', async () => {
    const police = viewAs('u-police-owner');
    const dcs = viewAs('u-dcs');
    await Promise.all([police.getState().open(PLAN), dcs.getState().open(PLAN)]);
    const opened = actionIn(dcs);
    const policeSave = await police.getState().saveAction({
      ...actionIn(police),
      successMeasure: 'Strategy meetings within 1 working day in 95% of cases',
      sponsoringDirector: 'Detective Superintendent, Public Protection',
    });
    expect(policeSave.status).toBe('saved');

    const outcome = await dcs
      .getState()
      .saveAction({ ...opened, successMeasure: 'Strategy meetings within 1 working day in 90% of cases' }, opened);
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.merge.conflicts).toEqual(['successMeasure']);
    expect(outcome.merge.merged.sponsoringDirector).toBe('Detective Superintendent, Public Protection');
    expect(outcome.theirs.updatedBy).toBe('u-police-owner');
    expect(outcome.theirsBy).toBe('Sarah Mitchell');

    const chosen = { ...outcome.merge.merged, successMeasure: outcome.mine.successMeasure };
    expect((await dcs.getState().saveAction(chosen, outcome.theirs)).status).toBe('saved');
    const fresh = viewAs('u-health-owner');
    await fresh.getState().open(PLAN);
    expect(actionIn(fresh)).toMatchObject({
      successMeasure: 'Strategy meetings within 1 working day in 90% of cases',
      sponsoringDirector: 'Detective Superintendent, Public Protection',
    });
  });

  it('merges changes the screen already shows, when the editor was opened before they arrived', async () => {
    const dcs = viewAs('u-dcs');
    await dcs.getState().open(PLAN);
    const opened = actionIn(dcs);
    const police = viewAs('u-police-owner');
    await police.getState().open(PLAN);
    await police.getState().saveAction({ ...actionIn(police), measuredBy: 'Monthly audit of strategy meetings' });
    await dcs.getState().reload();
    const outcome = await dcs
      .getState()
      .saveAction({ ...opened, leadOfficer: null, title: 'Renamed by the DCS' }, opened);
    expect(outcome.status).toBe('saved');
    expect(actionIn(dcs)).toMatchObject({
      title: 'Renamed by the DCS',
      measuredBy: 'Monthly audit of strategy meetings',
    });
  });

  it('refuses, with the reason, an edit by an owner of another agency', async () => {
    const health = viewAs('u-health-owner');
    await health.getState().open(PLAN);
    const outcome = await health.getState().saveAction({ ...actionIn(health), title: 'Changed by health' });
    expect(outcome).toEqual({
      status: 'refused',
      message: 'Only Police owners and plan admins can change this action.',
    });
  });

  it('keeps an edit as pending when the network drops, and saves it once on retry', async () => {
    const pending = memoryPendingEditStorage();
    const police = viewAs('u-police-owner', pending);
    await police.getState().open(PLAN);
    await setEmulatorFaults(seeded.emulator, { failNext: { status: 503, count: 10, retryAfterSeconds: 0 } });
    const outcome = await police
      .getState()
      .saveAction({ ...actionIn(police), successMeasure: 'Checks within 24 hours in 95% of cases' });
    expect(outcome.status).toBe('pending');
    expect(police.getState().marks[POLICE_ACTION]).toBe('pending');
    expect(pending.load(PLAN)).toHaveLength(1);

    await setEmulatorFaults(seeded.emulator, null);
    const afterReload = viewAs('u-police-owner', pending);
    await afterReload.getState().open(PLAN);
    await expect.poll(() => pending.load(PLAN).length).toBe(0);
    const check = viewAs('u-dcs');
    await check.getState().open(PLAN);
    expect(actionIn(check).successMeasure).toBe('Checks within 24 hours in 95% of cases');
  });

  it('keeps an offline edit that clashes when sent, marked, until the person chooses what to keep', async () => {
    const pending = memoryPendingEditStorage();
    const police = viewAs('u-police-owner', pending);
    const dcs = viewAs('u-dcs');
    await Promise.all([police.getState().open(PLAN), dcs.getState().open(PLAN)]);
    await setEmulatorFaults(seeded.emulator, { failNext: { status: 503, count: 10, retryAfterSeconds: 0 } });
    const offline = await police.getState().saveAction({ ...actionIn(police), successMeasure: 'Police: 24 hours' });
    expect(offline.status).toBe('pending');
    await setEmulatorFaults(seeded.emulator, null);
    expect((await dcs.getState().saveAction({ ...actionIn(dcs), successMeasure: 'DCS: 48 hours' })).status).toBe(
      'saved',
    );

    await police.getState().retryPending();
    expect(police.getState().marks[POLICE_ACTION]).toBe('clash');
    expect(actionIn(police).successMeasure).toBe('DCS: 48 hours');
    expect(pending.load(PLAN)).toHaveLength(1);

    // Still there after a reload, and not sent again on its own.
    const reloaded = viewAs('u-police-owner', pending);
    await reloaded.getState().open(PLAN);
    await reloaded.getState().retryPending();
    expect(reloaded.getState().marks[POLICE_ACTION]).toBe('clash');
    const clash = reloaded.getState().clashOf(POLICE_ACTION)!;
    expect(clash.merge.conflicts).toEqual(['successMeasure']);
    expect(clash.mine.successMeasure).toBe('Police: 24 hours');
    expect(clash.theirs.successMeasure).toBe('DCS: 48 hours');

    const chosen = resolveConflicts(clash.merge, clash.mine, new Set(['successMeasure'] as const));
    expect((await reloaded.getState().saveAction(chosen, clash.theirs)).status).toBe('saved');
    expect(reloaded.getState().marks[POLICE_ACTION]).toBeUndefined();
    expect(pending.load(PLAN)).toHaveLength(0);
    const check = viewAs('u-dcs');
    await check.getState().open(PLAN);
    expect(actionIn(check).successMeasure).toBe('Police: 24 hours');
  });

  it('adds an action and posts a progress update that changes its status', async () => {
    const police = viewAs('u-police-owner');
    await police.getState().open(PLAN);
    const draft = police.getState().draftAction('fnd-haringey-10' as never)!;
    expect(draft.leadAgency).toBe('police');
    const added = await police
      .getState()
      .addAction({ ...draft, title: 'Share MERLIN reports with the MASH daily', targetDate: '2018-07-31' as never });
    expect(added.status).toBe('saved');
    const posted = await police
      .getState()
      .postUpdate(draft.id, 'Sharing started on 1 March for all MERLINs.', 'on-track');
    expect(posted).toEqual({ status: 'posted' });
    const check = viewAs('u-dcs');
    await check.getState().open(PLAN);
    expect(actionIn(check, draft.id).status).toBe('on-track');
    expect(check.getState().snapshot!.updates.filter((u) => u.actionId === draft.id)).toMatchObject([
      { authorId: 'u-police-owner', text: 'Sharing started on 1 March for all MERLINs.', status: 'on-track' },
    ]);
  });
});
