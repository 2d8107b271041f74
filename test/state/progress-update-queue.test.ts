import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanStore } from '../../src/data/plan-store.port';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import { memoryPendingEditStorage, type PendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { seededEmulatorPerFile, storeFor } from '../ui/support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const PLAN = 'plan-haringey-2018' as PlanId;
const POLICE_ACTION = 'act-haringey-02' as ActionId;
const HEALTH_ACTION = 'act-haringey-03' as ActionId;
const EDUCATION_ACTION = 'act-haringey-05' as ActionId;
const seeded = seededEmulatorPerFile();
beforeEach(async () => {
  await faults(null);
});

const faults = (settings: object | null) => setEmulatorFaults(seeded.emulator, settings);

/** The store as the person's browser uses it, noting each write SharePoint confirmed, in order. */
function recording(store: PlanStore, written: string[]): PlanStore {
  return {
    ...store,
    updateAction: async (action, version) => {
      const saved = await store.updateAction(action, version);
      written.push(`status ${saved.value.status}`);
      return saved;
    },
    addProgressUpdate: async (update, agency) => {
      const saved = await store.addProgressUpdate(update, agency);
      written.push(`update ${saved.text}`);
      return saved;
    },
  };
}

let run = 0;
/** A fresh page for a persona: its own store and ids, sharing only what the browser keeps. */
function pageAs(persona: string, pending: PendingEditStorage, written: string[] = []) {
  let n = 0;
  const page = ++run;
  return createPlanViewStore({
    store: recording(storeFor(seeded.emulator, persona), written),
    userId: persona as never,
    userName: persona,
    ids: idSource(() => `${persona}-${page}-${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending,
  });
}

async function storedNow() {
  const loaded = await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN);
  return { actions: loaded.actions.map((a) => a.value), updates: loaded.updates };
}

describe('progress updates that cannot be sent at once', () => {
  it('keeps an update made while SharePoint is busy, with its status change, and sends both in order after a reload', async () => {
    const pending = memoryPendingEditStorage();
    const written: string[] = [];
    const police = pageAs('u-police-owner', pending, written);
    await police.getState().open(PLAN);
    // Only the status change meets the busy server: the update must still wait for it.
    await faults({ failNext: { status: 503, count: 1, retryAfterSeconds: 0 } });

    const text = 'Second post still vacant; interim cover from the Public Protection Unit ends in April.';
    const outcome = await police.getState().postUpdate(POLICE_ACTION, text, 'off-track');
    expect(outcome).toEqual({
      status: 'queued',
      message: 'SharePoint is busy. Your change is kept on this device and will be sent again shortly.',
    });
    expect(police.getState().unsentUpdates.map((p) => p.update.text)).toEqual([text]);
    expect(police.getState().marks[POLICE_ACTION]).toBe('pending');

    await faults(null);
    const afterReload = pageAs('u-police-owner', pending, written);
    await afterReload.getState().open(PLAN);
    await expect.poll(() => pending.updates.load(PLAN).length).toBe(0);
    expect(afterReload.getState().unsentUpdates).toEqual([]);
    expect(written).toEqual(['status off-track', `update ${text}`]);

    const stored = await storedNow();
    expect(stored.actions.find((a) => a.id === POLICE_ACTION)).toMatchObject({
      status: 'off-track',
      statusReason: text,
    });
    expect(stored.updates.filter((u) => u.text === text)).toMatchObject([{ status: 'off-track' }]);
  });

  it('stores an update once when the answer to it was lost, even if the page is reloaded before it is sent again', async () => {
    const pending = memoryPendingEditStorage();
    const health = pageAs('u-health-owner', pending);
    await health.getState().open(PLAN);
    await faults({ dropNext: 20 });

    const text = 'Training dates agreed with the named GP for safeguarding; first session on 12 April.';
    const outcome = await health.getState().postUpdate(HEALTH_ACTION, text, null);
    expect(outcome).toEqual({
      status: 'queued',
      message:
        'You appear to be offline. Your change is kept on this device and will be sent when the connection returns.',
    });

    await faults(null);
    const afterReload = pageAs('u-health-owner', pending);
    await afterReload.getState().open(PLAN);
    await expect.poll(() => pending.updates.load(PLAN).length).toBe(0);
    expect(afterReload.getState().snapshot!.updates.filter((u) => u.text === text)).toHaveLength(1);
    expect((await storedNow()).updates.filter((u) => u.text === text)).toHaveLength(1);
  });

  it('sends an update kept on the page when SharePoint can be reached again, once', async () => {
    const pending = memoryPendingEditStorage();
    const health = pageAs('u-health-owner', pending);
    await health.getState().open(PLAN);
    await faults({ dropNext: 20 });

    const text = 'Neglect toolkit shared with all health visitors ahead of the training.';
    expect((await health.getState().postUpdate(HEALTH_ACTION, text, null)).status).toBe('queued');
    await faults(null);
    // The browser coming online and the retry timer can both fire at once.
    await Promise.all([health.getState().retryPending(), health.getState().retryPending()]);

    expect(health.getState().unsentUpdates).toEqual([]);
    expect(health.getState().marks[HEALTH_ACTION]).toBeUndefined();
    expect(health.getState().snapshot!.updates.filter((u) => u.text === text)).toHaveLength(1);
    expect((await storedNow()).updates.filter((u) => u.text === text)).toHaveLength(1);
  });

  it('shows an update once when the plan reloaded while it was being sent', async () => {
    let page: ReturnType<typeof createPlanViewStore> | null = null;
    const store = storeFor(seeded.emulator, 'u-health-owner');
    page = createPlanViewStore({
      store: {
        ...store,
        // The plan reloads (a change seen from elsewhere) after SharePoint stored the update, before the answer arrives.
        addProgressUpdate: async (update, agency) => {
          const saved = await store.addProgressUpdate(update, agency);
          await page!.getState().reload();
          return saved;
        },
      },
      userId: 'u-health-owner' as never,
      userName: 'u-health-owner',
      ids: idSource(() => `reload-${++run}`),
      now: () => new Date('2018-03-01T10:00:00Z'),
      pending: memoryPendingEditStorage(),
    });
    await page.getState().open(PLAN);

    const text = 'Safeguarding supervision dates set for every health visiting team.';
    expect((await page.getState().postUpdate(HEALTH_ACTION, text, null)).status).toBe('posted');
    expect(page.getState().snapshot!.updates.filter((u) => u.text === text)).toHaveLength(1);
  });

  it('does not post an update saying the status was set when someone else set another status meanwhile', async () => {
    const pending = memoryPendingEditStorage();
    const education = pageAs('u-education-owner', pending);
    await education.getState().open(PLAN);
    await faults({ failNext: { status: 503, count: 50, retryAfterSeconds: 0 } });
    const text = 'Briefings postponed: two of the three termly dates clash with exams.';
    expect((await education.getState().postUpdate(EDUCATION_ACTION, text, 'at-risk')).status).toBe('queued');

    await faults(null);
    const dcs = pageAs('u-dcs', memoryPendingEditStorage());
    await dcs.getState().open(PLAN);
    const theirs = dcs.getState().snapshot!.actions.find((a) => a.id === EDUCATION_ACTION)!;
    const done = await dcs.getState().saveAction({ ...theirs, status: 'complete', statusReason: 'Guide published.' });
    expect(done.status).toBe('saved');

    await education.getState().retryPending();
    const [held] = education.getState().unsentUpdates;
    expect(held).toMatchObject({ update: { text }, problem: expect.stringContaining('was not saved') });
    expect((await storedNow()).updates.filter((u) => u.text === text)).toEqual([]);

    education.getState().discardUpdate(held!.update.id);
    expect(education.getState().unsentUpdates).toEqual([]);
    expect(pending.updates.load(PLAN)).toEqual([]);
  });

  it('posts nothing, and keeps nothing, when the status change is refused', async () => {
    const pending = memoryPendingEditStorage();
    const health = pageAs('u-health-owner', pending);
    await health.getState().open(PLAN);
    const outcome = await health
      .getState()
      .postUpdate(POLICE_ACTION, 'Police checks are late again this week.', 'off-track');
    expect(outcome.status).toBe('refused');
    expect(pending.updates.load(PLAN)).toEqual([]);
    expect(health.getState().unsentUpdates).toEqual([]);
  });
});
