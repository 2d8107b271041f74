import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { PLAN_LOAD_LISTS } from '../../src/data/graph/load-plan';
import { planCodec } from '../../src/data/graph/mappers/plan.mapper';
import { progressUpdateToFields } from '../../src/data/graph/mappers/progress-update.mapper';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { isStoreError } from '../../src/data/store-error';
import { isoDateTime } from '../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../src/domain/ids';
import { EMULATOR_SITE_ID, startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator';
import { addItemsToStoredSite } from '../emulator/support/bulk-items';
import { recordingFetch } from './support/recording-fetch';
import { aPlan } from './support/fixtures';
import { addItem, rawGraph } from './support/raw-graph';

/**
 * Issue 17 where Graph offers no delta: a plan with years of progress updates (more than 5,000
 * in one list) is watched by polling Modified. SharePoint refuses the poll with the plan's PlanId
 * first, as that condition selects every one of them; with Modified first, indexed by set-up, it
 * selects only what changed lately.
 */

const PLAN = 'plan-modified-poll' as PlanId;
const UPDATES = 5100;
const LONG_AGO = '2022-01-03T09:00:00Z';
const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

let dataDir: string;
let emulator: RunningEmulator;
const graph = rawGraph(() => emulator.graphBaseUrl);
const updatesList = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS.updates.displayName)}`;

const anUpdateField = (i: number) =>
  progressUpdateToFields(
    {
      id: `${PLAN}-upd-${i}` as UpdateId,
      planId: PLAN,
      actionId: `${PLAN}-act-${i % 40}` as ActionId,
      authorId: 'u-dcs' as UserId,
      authorName: 'Sarah Mitchell',
      at: isoDateTime(new Date(Date.parse(LONG_AGO) + i * 3600 * 1000)),
      text: `Progress noted (${i + 1}).`,
      status: null,
    },
    'police',
  );

/** A site the app set up, with one plan of 5,100 progress updates all last modified years ago. */
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jtai-modified-poll-'));
  const setup = await startEmulator({ port: 0, dataDir, seed: false });
  const getToken = async () => 'demo.u-dcs';
  await createGraphPlanStore({ graphBaseUrl: setup.graphBaseUrl, siteId: EMULATOR_SITE_ID, getToken }).ensureSchema();
  await setup.close();
  const updates = Array.from({ length: UPDATES }, (_, i) => anUpdateField(i));
  addItemsToStoredSite(dataDir, [
    { list: LISTS.plans.displayName, at: LONG_AGO, fields: [planCodec.toFields({ ...aPlan(), id: PLAN })] },
    { list: LISTS.updates.displayName, at: LONG_AGO, fields: updates },
  ]);
  emulator = await startEmulator({ port: 0, dataDir, seed: false });
}, 60_000);

afterAll(async () => {
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** An adapter that watches by polling Modified, as in the clouds without delta, its requests recorded. */
function pollingStore() {
  const http = recordingFetch();
  const store = createGraphPlanStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: EMULATOR_SITE_ID,
    getToken: async () => 'demo.u-dcs',
    fetch: http.fetch,
    retry: { maxRetries: 0 },
    changeTracking: 'modified',
  });
  return { store, http };
}

/** The updates list asked for the plan's items modified in the last hour, the filter's conditions in the order given. */
const updatesSince = (filter: (since: string) => string) => {
  const since = `'${new Date(Date.now() - 3600 * 1000).toISOString()}'`;
  return graph('GET', `${updatesList}/items?$filter=${encodeURIComponent(filter(since))}&$top=5000`, {
    headers: PREFER,
  });
};
const planIdFirst = (since: string) => `fields/PlanId eq '${PLAN}' and fields/Modified ge ${since}`;
const modifiedFirst = (since: string) => `fields/Modified ge ${since} and fields/PlanId eq '${PLAN}'`;

/** Modified back to unindexed on the updates list, as a site version 5 set up has it. */
async function unindexModified(): Promise<void> {
  const columns = (await graph('GET', `${updatesList}/columns`)).body['value'] as { id: string; name: string }[];
  const modified = columns.find((c) => c.name === 'Modified')!;
  const reply = await graph('PATCH', `${updatesList}/columns/${modified.id}`, { body: { indexed: false } });
  expect(reply.status).toBe(200);
}

describe('the Modified poll of a plan with more than 5,000 progress updates in one list', () => {
  it('watches lists whose Modified column set-up indexes', async () => {
    for (const key of PLAN_LOAD_LISTS) expect(LISTS[key].indexedBuiltIns, key).toContain('Modified');
    const columns = (await graph('GET', `${updatesList}/columns`)).body['value'] as { name: string }[];
    expect(columns.find((c) => c.name === 'Modified')).toMatchObject({ indexed: true });
  });

  it('is refused with PlanId first, whose condition selects all 5,100 of the plan’s updates', async () => {
    const reply = await updatesSince(planIdFirst);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: { code: 'notSupported' } });
  });

  it('answers with Modified first, and sees a change to the plan once', async () => {
    expect(await updatesSince(modifiedFirst)).toMatchObject({ status: 200, body: { value: [] } });
    const { store, http } = pollingStore();
    const feed = store.watchPlan(PLAN);
    expect(await feed.poll()).toBe('none');
    const parts = (JSON.parse(http.requests.at(-1)?.body ?? '{}') as { requests: { url: string }[] }).requests;
    expect(parts).toHaveLength(PLAN_LOAD_LISTS.length);
    for (const part of parts)
      expect(decodeURIComponent(part.url)).toMatch(/filter=fields\/Modified ge '[^']+' and fields\/PlanId eq /);

    const added = await addItem(graph, 'updates', 'u-police-owner', anUpdateField(UPDATES));
    expect(added.status).toBe(201);
    expect(await feed.poll()).toBe('changed');
    expect(await feed.poll()).toBe('none');
  });

  it('is refused on a site not set up again (Modified not indexed), as the PlanId-first poll was, until set-up indexes Modified', async () => {
    await unindexModified();
    try {
      expect((await updatesSince(modifiedFirst)).body).toMatchObject({ error: { code: 'notSupported' } });
      expect((await updatesSince(planIdFirst)).body).toMatchObject({ error: { code: 'notSupported' } });
      const feed = pollingStore().store.watchPlan(PLAN);
      // The first look, refused, starts watching from now; the next refusal fails the look.
      expect(await feed.poll()).toBe('none');
      const refused = await feed.poll().catch((error: unknown) => error);
      expect(isStoreError(refused) && refused.details.code).toBe('notSupported');
    } finally {
      const { store, http } = pollingStore();
      await store.ensureSchema();
      expect(http.writes().map((w) => [w.method, w.body])).toEqual([['PATCH', '{"indexed":true}']]);
    }
    expect(await pollingStore().store.watchPlan(PLAN).poll()).toBe('none');
  });
});
