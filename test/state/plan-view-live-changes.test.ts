import { describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { LOCAL_SITE_ID } from '../../src/app/config';
import type { ActionId, PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { recordingFetch } from '../data/support/recording-fetch';
import { seededEmulatorPerFile } from '../ui/support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const PLAN = 'plan-haringey-2018' as PlanId;
const POLICE_ACTION = 'act-haringey-02' as ActionId;
const seeded = seededEmulatorPerFile();

/** A plan view signed in as a persona, with every request it sends recorded. */
function viewAs(persona: string) {
  const http = recordingFetch();
  let n = 0;
  const view = createPlanViewStore({
    store: createGraphPlanStore({
      graphBaseUrl: seeded.emulator.graphBaseUrl,
      siteId: LOCAL_SITE_ID,
      getToken: async () => `demo.${persona}`,
      retry: { maxRetries: 0 },
      fetch: http.fetch,
    }),
    userId: persona as never,
    userName: persona,
    ids: idSource(() => `${persona}-${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending: memoryPendingEditStorage(),
  });
  return { view, http };
}

const actionIn = (view: ReturnType<typeof viewAs>['view'], id = POLICE_ACTION) =>
  view.getState().snapshot!.actions.find((a) => a.id === id)!;

/** Opens the plan and waits until it is being watched (the first look has answered). */
async function openWatched(subject: ReturnType<typeof viewAs>) {
  await subject.view.getState().open(PLAN);
  await expect.poll(async () => (await lookCost(subject)).requests).toBe(1);
}

async function lookCost({ view, http }: ReturnType<typeof viewAs>) {
  http.reset();
  await view.getState().checkForChanges();
  return { requests: http.requests.length };
}

describe('changes others make arrive in an open plan', () => {
  it('shows another person’s save without a reload, and says who made it', async () => {
    const dcs = viewAs('u-dcs');
    const police = viewAs('u-police-owner');
    await Promise.all([openWatched(dcs), police.view.getState().open(PLAN)]);
    const saved = await police.view.getState().saveAction({
      ...actionIn(police.view),
      successMeasure: 'Strategy meetings within 1 working day in 95% of cases',
    });
    expect(saved.status).toBe('saved');

    await dcs.view.getState().checkForChanges();
    expect(actionIn(dcs.view).successMeasure).toBe('Strategy meetings within 1 working day in 95% of cases');
    expect(dcs.view.getState().othersChanged[POLICE_ACTION]).toBe('Sarah Mitchell');
    expect(dcs.view.getState().load.status).toBe('ready');
  });

  it('costs an idle plan one request a look, and does not report the person’s own saves as others’', async () => {
    const dcs = viewAs('u-dcs');
    await openWatched(dcs);
    expect(await lookCost(dcs)).toEqual({ requests: 1 });
    const saved = await dcs.view.getState().saveAction({ ...actionIn(dcs.view), sponsoringDirector: 'DCS, Haringey' });
    expect(saved.status).toBe('saved');
    await dcs.view.getState().checkForChanges();
    expect(dcs.view.getState().othersChanged[POLICE_ACTION]).toBeUndefined();
    expect(await lookCost(dcs)).toEqual({ requests: 1 });
  });

  it('keeps an edit the person has not managed to send, while showing others’ changes', async () => {
    const dcs = viewAs('u-dcs');
    const police = viewAs('u-police-owner');
    await Promise.all([openWatched(dcs), police.view.getState().open(PLAN)]);
    await setEmulatorFaults(seeded.emulator, { dropNext: 1 });
    const other = dcs.view.getState().snapshot!.actions.find((a) => a.leadAgency !== 'police')!;
    const pending = await dcs.view.getState().saveAction({ ...other, measuredBy: 'Audit, quarterly' });
    expect(pending.status).toBe('pending');
    const policeSave = await police.view
      .getState()
      .saveAction({ ...actionIn(police.view), measuredBy: 'Police audit' });
    expect(policeSave.status).toBe('saved');

    await dcs.view.getState().checkForChanges();
    expect(actionIn(dcs.view).measuredBy).toBe('Police audit');
    expect(actionIn(dcs.view, other.id).measuredBy).toBe('Audit, quarterly');
    expect(dcs.view.getState().marks[other.id]).toBe('pending');
  });
});
