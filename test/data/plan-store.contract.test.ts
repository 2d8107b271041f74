import type { Versioned } from '../../src/data/plan-store.port';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../../src/domain/dates';
import type { ActionId, PlanId, UserId } from '../../src/domain/ids';
import { graphApi } from '../../src/data/graph/graph-api';
import { createGraphClient } from '../../src/data/graph/graph-client';
import { mapGraphError } from '../../src/data/graph/map-graph-error';
import { fetchSiteLists } from '../../src/data/graph/site-lists';
import { LIST_KEYS, LISTS } from '../../src/data/sharepoint/list-schema';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { aFinding, aMember, anAction, anUpdate, aPlan } from './support/fixtures';
import { memberOf, seedActions, startPlan, storeErrorOf } from './support/plan-setup';
import { json } from './support/recording-fetch';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/** What a read and a write agree on: the value and its version (who changed it comes with reads only). */
const stored = <T>(v: Versioned<T> | undefined) => v && { value: v.value, version: v.version };

/**
 * The PlanStore contract, run against the Graph adapter over HTTP to the local SharePoint-lists
 * emulator: what the app relies on, including how the wire fails.
 */

let emulator: TestEmulator;

/** The Graph client itself, as the DCS, to show what the server does without the adapter. */
const rawConnection = (graphBaseUrl = emulator.graphBaseUrl()) =>
  createGraphClient({ graphBaseUrl, getToken: async () => 'demo.u-dcs' });
const rawClient = () => rawConnection().client();
const rawApi = (graphBaseUrl?: string) => graphApi(rawConnection(graphBaseUrl));

const batchPosts = (urls: readonly { method: string; url: string; body: string | null }[]) =>
  urls.filter((r) => r.method === 'POST' && r.url.endsWith('/$batch'));

const subRequestCount = (body: string | null): number =>
  (JSON.parse(body ?? '{}') as { requests: unknown[] }).requests.length;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
afterEach(() => emulator.clearFaults());

describe('provisioning', () => {
  it('creates every list with its columns and indexes, and a second run writes nothing', async () => {
    const { store, http } = emulator.storeAs('u-dcs');
    await store.ensureSchema();
    expect(http.writes().length).toBeGreaterThanOrEqual(LIST_KEYS.length);

    const lists = await fetchSiteLists(rawApi(), EMULATOR_SITE_ID);
    for (const key of LIST_KEYS) {
      const list = lists.find((l) => l.displayName === LISTS[key].displayName);
      expect(list, LISTS[key].displayName).toBeDefined();
      for (const column of LISTS[key].columns) {
        expect(
          list?.columns.find((c) => c.name === column.name),
          `${key}.${column.name}`,
        ).toMatchObject({ indexed: column.indexed === true });
      }
    }

    const again = emulator.storeAs('u-dcs');
    await again.store.ensureSchema();
    expect(again.http.writes()).toEqual([]);
    // The lists with their columns, the submissions folder, the recorded schema version.
    expect(again.http.requests).toHaveLength(3);
  });

  it('completes a list someone made by hand: adds missing columns and indexes PlanId', async () => {
    const site = await startTestEmulator();
    try {
      await (await rawConnection(site.graphBaseUrl()).client()).api(`/sites/${EMULATOR_SITE_ID}/lists`).post({
        displayName: LISTS.actions.displayName,
        columns: [{ name: 'PlanId', text: {} }],
        list: { template: 'genericList' },
      });
      await site.storeAs('u-dcs').store.ensureSchema();
      const actions = (await fetchSiteLists(rawApi(site.graphBaseUrl()), EMULATOR_SITE_ID)).find(
        (l) => l.displayName === LISTS.actions.displayName,
      );
      expect(actions?.columns.find((c) => c.name === 'PlanId')?.indexed).toBe(true);
      expect(LISTS.actions.columns.filter((c) => !actions?.columns.some((s) => s.name === c.name))).toEqual([]);

      const again = site.storeAs('u-dcs');
      await again.store.ensureSchema();
      expect(again.http.writes()).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});

describe('each entity, created, read, changed and removed', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it('keeps a plan: created, listed, loaded, updated', async () => {
    const { store } = emulator.storeAs('u-dcs');
    const plan = aPlan({ title: 'Enfield JTAI 2019: children in care' });
    const created = await store.createPlan(plan);
    expect(created.value).toEqual(plan);
    await store.addMembers([aMember(plan.id, 'u-dcs')]);
    expect(stored((await store.listPlans()).find((p) => p.value.id === plan.id))).toEqual(stored(created));

    const updated = await store.updatePlan({ ...plan, stage: 'agency-qa', printedDeadline: null }, created.version);
    expect(updated.value).toEqual({ ...plan, stage: 'agency-qa', printedDeadline: null });
    expect(updated.version).not.toBe(created.version);
    expect(stored((await store.loadPlan(plan.id)).plan)).toEqual(stored(updated));

    const texts = { foreword: 'Our statement.\n\nLine two.', monitoringArrangements: 'A monthly board.' };
    const written = await store.updatePlan({ ...updated.value, ...texts }, updated.version);
    expect((await store.loadPlan(plan.id)).plan.value).toEqual({ ...updated.value, ...texts });
    expect(written.value).toMatchObject(texts);
  });

  it('keeps findings in letter order through create, update and delete', async () => {
    const { store } = emulator.storeAs('u-dcs');
    const { plan, findingId } = await startPlan(store);
    const planId = plan.value.id;
    const [third, second] = [aFinding(planId, 3), aFinding(planId, 2)];
    const created = await store.createFindings([third, second]);
    expect(created.map((f) => f.value)).toEqual([second, third]);

    const edited = await store.updateFinding({ ...third, text: 'Reworded', subItems: [] }, created[1]!.version);
    await store.deleteFinding(second.id, created[0]!.version);
    const loaded = await store.loadPlan(planId);
    expect(loaded.findings.map((f) => f.value.id)).toEqual([findingId, third.id]);
    expect(stored(loaded.findings[1])).toEqual(stored(edited));
  });

  it("keeps actions, and lists one agency's actions", async () => {
    const { store } = emulator.storeAs('u-dcs');
    const { plan, findingId } = await startPlan(store);
    const planId = plan.value.id;
    const health = await store.createAction(anAction(planId, findingId, 0, { leadAgency: 'health' }));
    const police = await store.createAction(anAction(planId, findingId, 1, { leadAgency: 'police' }));
    expect((await store.listAgencyActions(planId, 'police')).map((a) => a.value.id)).toEqual([police.value.id]);

    const atRisk = await store.updateAction(
      { ...police.value, status: 'at-risk', statusReason: 'Recruitment delayed' },
      police.version,
    );
    expect(atRisk.value.status).toBe('at-risk');
    await store.deleteAction(health.value.id, health.version);
    expect((await store.loadPlan(planId)).actions.map(stored)).toEqual([stored(atRisk)]);
    await storeErrorOf(store.updateAction(health.value, health.version), 'not-found');
  });

  it('keeps members, and finds the plans a person belongs to', async () => {
    const { store } = emulator.storeAs('u-dcs');
    const { plan, members } = await startPlan(store, ['u-police-owner']);
    const police = members.find((m) => m.value.userId === 'u-police-owner')!;
    const memberships = await emulator.storeAs('u-police-owner').store.listMemberships(police.value.userId);
    expect(memberships).toContainEqual(police);

    const promoted = await store.updateMember({ ...police.value, role: 'agency-qa-lead' }, police.version);
    expect(promoted.value.role).toBe('agency-qa-lead');
    await store.removeMember(police.value.id, promoted.version);
    expect((await store.loadPlan(plan.value.id)).members.map((m) => m.value.userId)).toEqual(['u-dcs']);
  });

  it('appends progress updates to the history in the order SharePoint stored them, by whoever posted them', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs, ['u-health-owner']);
    const planId = plan.value.id;
    const action = await dcs.createAction(anAction(planId, findingId, 0, { leadAgency: 'health' }));
    const first = anUpdate(planId, action.value.id, 'u-health-owner', {
      at: '2018-05-01T09:00:00.000Z' as IsoDateTime,
    });
    const second = anUpdate(planId, action.value.id, 'u-health-owner', {
      at: '2018-04-01T09:00:00.000Z' as IsoDateTime,
      status: 'at-risk',
    });
    const healthOwner = emulator.storeAs('u-health-owner').store;
    const saved = await healthOwner.addProgressUpdate(first, 'health');
    expect(saved).toMatchObject({
      id: first.id,
      text: first.text,
      authorId: 'u-health-owner',
      authorName: 'Fiona Gallagher',
    });
    expect(Date.parse(saved.at)).toBeGreaterThan(Date.parse('2020-01-01'));
    await healthOwner.addProgressUpdate(second, 'health');

    const loaded = await dcs.loadPlan(planId);
    expect(loaded.updates.map((u) => [u.id, u.status])).toEqual([
      [first.id, first.status],
      [second.id, 'at-risk'],
    ]);
  });

  it('says who is signed in, and finds people by the start of their name', async () => {
    const { store } = emulator.storeAs('u-police-owner');
    expect(await store.whoAmI()).toMatchObject({
      id: 'u-police-owner',
      displayName: 'Sarah Mitchell',
      organisation: 'Metropolitan Police Service',
    });
    expect((await store.searchDirectory('Sar')).map((u) => u.displayName)).toContain('Sarah Mitchell');
    expect((await store.searchDirectory('mitch')).map((u) => u.displayName)).toEqual(['Sarah Mitchell']);
    expect((await store.searchDirectory('Adeyemi')).map((u) => u.displayName)).toEqual(['Cllr Grace Adeyemi']);
    expect(await store.searchDirectory("O'Nobody")).toEqual([]);
  });
});

describe('two people editing the same item', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it('refuses a save over a stale version as a conflict that carries the current value', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const police = emulator.storeAs('u-police-owner').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner']);
    const original = await dcs.createAction(anAction(plan.value.id, findingId, 0, { leadAgency: 'police' }));
    const theirs = await police.updateAction(
      { ...original.value, status: 'complete', updatedBy: 'u-police-owner' as UserId },
      original.version,
    );

    const conflict = await storeErrorOf(
      dcs.updateAction({ ...original.value, title: 'Mine' }, original.version),
      'conflict',
    );
    expect(stored(conflict.details.current as Versioned<unknown>)).toEqual(stored(theirs));
    await storeErrorOf(dcs.deleteAction(original.value.id, original.version), 'conflict');
    expect((await dcs.loadPlan(plan.value.id)).actions.map(stored)).toEqual([stored(theirs)]);
  });

  it('reads who last changed an action from SharePoint’s stamp, whatever its own column claims', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const police = emulator.storeAs('u-police-owner').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner']);
    const original = await dcs.createAction(anAction(plan.value.id, findingId, 0, { leadAgency: 'police' }));
    // Written as the police owner could, editing the list directly: the column names the DCS.
    await police.updateAction({ ...original.value, status: 'at-risk', updatedBy: 'u-dcs' as UserId }, original.version);

    const [loaded] = (await dcs.loadPlan(plan.value.id)).actions;
    expect(loaded?.value).toMatchObject({ status: 'at-risk', updatedBy: 'u-police-owner' });
  });

  it('keeps each saved version of an action, stamped by SharePoint with who saved it and when', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const police = emulator.storeAs('u-police-owner').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner']);
    const original = await dcs.createAction(anAction(plan.value.id, findingId, 0, { leadAgency: 'police' }));
    // The action's own "updated by" column says the DCS: SharePoint's stamp says who really saved it.
    const changed = await police.updateAction(
      { ...original.value, status: 'at-risk', statusReason: 'Vetting delayed', updatedBy: original.value.updatedBy },
      original.version,
    );

    const versions = await dcs.actionVersions(changed.version);
    expect(versions.map((v) => [v.by.userId, v.by.name, v.action.status, v.first])).toEqual([
      ['u-dcs', 'Amara Okafor', original.value.status, true],
      ['u-police-owner', 'Sarah Mitchell', 'at-risk', false],
    ]);
    expect(versions[0]!.at <= versions[1]!.at).toBe(true);
    expect(versions[1]!.action.statusReason).toBe('Vetting delayed');
  });

  it('reads a saved item back when the answer to the save carries no eTag, and the next save goes through', async () => {
    // A server whose PATCH answers omit `@odata.etag` (not documented as always present).
    const withoutETags: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (init?.method !== 'PATCH' || !reply.ok) return reply;
      const fields = (await reply.json()) as Record<string, unknown>;
      delete fields['@odata.etag'];
      return json(reply.status, fields);
    };
    const dcs = emulator.storeAs('u-dcs', { fetch: withoutETags }).store;
    const { plan, findingId } = await startPlan(dcs);
    const created = await dcs.createAction(anAction(plan.value.id, findingId, 0));
    const saved = await dcs.updateAction({ ...created.value, title: 'Renamed' }, created.version);
    expect(saved.value.title).toBe('Renamed');
    const again = await dcs.updateAction({ ...saved.value, title: 'Renamed again' }, saved.version);
    expect(again.value.title).toBe('Renamed again');
  });
});

describe('paging and batching', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it('follows nextLinks through more than two pages', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs);
    const planId = plan.value.id;
    await dcs.createFindings([1, 2, 3, 4, 5, 6].map((order) => aFinding(planId, order)));

    const { store, http } = emulator.storeAs('u-dcs', { pageSize: 2 });
    const loaded = await store.loadPlan(planId);
    expect(loaded.findings.map((f) => f.value.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(loaded.findings[0]?.value.id).toBe(findingId);
    const pageFollows = http.requests.filter((r) => r.method === 'GET' && r.url.includes('/items'));
    expect(pageFollows.length).toBeGreaterThanOrEqual(3);
  });

  it('has a server that accepts a $batch of 20 and refuses 21', async () => {
    const requests = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const ok = (await (await rawClient()).api('/$batch').post({ requests: requests(20) })) as {
      responses: { status: number }[];
    };
    expect(ok.responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const refused: unknown = await (
      await rawClient()
    )
      .api('/$batch')
      .post({ requests: requests(21) })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphError);
    expect(refused).toMatchObject({ statusCode: 400, code: 'BadRequest' });
  });

  it('creates 45 findings in three batches of at most 20', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan } = await startPlan(dcs);
    const { store, http } = emulator.storeAs('u-dcs');
    const findings = Array.from({ length: 45 }, (_, i) => aFinding(plan.value.id, i + 1));
    expect(await store.createFindings(findings)).toHaveLength(45);
    expect(batchPosts(http.requests).map((r) => subRequestCount(r.body))).toEqual([20, 20, 5]);
    expect((await store.loadPlan(plan.value.id)).findings).toHaveLength(46);
  });
});

describe('what the server refuses', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it('refuses a filter on a column that is not indexed, as invalid', async () => {
    const items = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS.plans.displayName)}/items`;
    const byIndexed = await (
      await rawClient()
    )
      .api(`${items}?$filter=${encodeURIComponent("fields/PlanId eq 'plan-x'")}`)
      .get();
    expect(byIndexed).toMatchObject({ value: [] });
    const refused = await (
      await rawClient()
    )
      .api(`${items}?$filter=${encodeURIComponent("fields/Area eq 'Haringey'")}`)
      .get()
      .catch((e: unknown) => e);
    const error = mapGraphError(refused);
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/not indexed/);
  });

  it('refuses someone who is not signed in as unauthorized', async () => {
    await storeErrorOf(emulator.storeAs('u-nobody').store.listPlans(), 'unauthorized');
  });
});

describe('a throttled or dropped connection', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    const { store, http } = emulator.storeAs('u-dcs');
    await emulator.setFaults({ failNext: { status: 429, count: 2, retryAfterSeconds: 1 } });
    const started = Date.now();
    await expect(store.whoAmI()).resolves.toMatchObject({ id: 'u-dcs' });
    expect(http.requests).toHaveLength(3);
    // The configured back-off is 0 s, so this wait can only come from the server's Retry-After.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('reports throttled once the retries are spent', async () => {
    const { store, http } = emulator.storeAs('u-dcs', { retry: { maxRetries: 1, delaySeconds: 0 } });
    await emulator.setFaults({ failNext: { status: 503, count: 5, retryAfterSeconds: 0 } });
    await storeErrorOf(store.listPlans(), 'throttled');
    expect(http.requests).toHaveLength(2);
  });

  it('reports offline when the connection drops', async () => {
    const { store } = emulator.storeAs('u-dcs');
    await store.ensureSchema();
    await emulator.setFaults({ dropNext: 1 });
    await storeErrorOf(store.listPlans(), 'offline');
  });

  it('does not duplicate an action whose create was applied before the connection dropped', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs);
    const { store, http } = emulator.storeAs('u-dcs');
    const action = anAction(plan.value.id, findingId, 0);
    await emulator.setFaults({ dropNext: 1 });
    expect((await store.createAction(action)).value).toEqual(action);
    expect((await dcs.loadPlan(plan.value.id)).actions.map((a) => a.value.id)).toEqual([action.id]);
    expect(http.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('does not duplicate when the user retries a create that failed offline but was applied', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs);
    const { store, http } = emulator.storeAs('u-dcs');
    const action = anAction(plan.value.id, findingId, 0);
    await emulator.setFaults({ dropNext: 2 });
    await storeErrorOf(store.createAction(action), 'offline');
    await emulator.clearFaults();
    expect((await store.createAction(action)).value).toEqual(action);
    expect((await dcs.loadPlan(plan.value.id)).actions.map((a) => a.value.id)).toEqual([action.id]);
    expect(http.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('does not duplicate findings whose batch was applied before the connection dropped', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan } = await startPlan(dcs);
    const findings = [1, 2, 3].map((order) => aFinding(plan.value.id, order));
    await emulator.setFaults({ dropNext: 1 });
    expect((await dcs.createFindings(findings)).map((f) => f.value)).toEqual(findings);
    expect((await dcs.loadPlan(plan.value.id)).findings).toHaveLength(4);
  });
});

describe('durability', () => {
  it('keeps every acknowledged write across a restart of the emulator', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    await dcs.ensureSchema();
    const { plan, findingId, members } = await startPlan(dcs, ['u-police-owner']);
    const action = await dcs.createAction(anAction(plan.value.id, findingId, 0));
    await dcs.updateAction({ ...action.value, status: 'off-track', statusReason: 'Board moved' }, action.version);
    await dcs.appendGovernanceEntry({
      id: `wfe-durable-${plan.value.id}`,
      planId: plan.value.id,
      stage: 'drafting',
      by: { userId: memberOf(members, 'u-dcs').userId, name: 'Amara Okafor' },
      event: { type: 'advance', note: '' },
    });
    const before = await dcs.loadPlan(plan.value.id);
    expect(before.record.entries).toHaveLength(1);

    await emulator.restart();
    expect(await emulator.storeAs('u-dcs').store.loadPlan(plan.value.id)).toEqual(before);
  });
});

describe('loading a plan', () => {
  beforeAll(() => emulator.storeAs('u-dcs').store.ensureSchema());

  it.each([20, 2000])(
    'loads a plan of %i actions in one list lookup and one $batch',
    async (count) => {
      const dcs = emulator.storeAs('u-dcs').store;
      const { plan, findingId } = await startPlan(dcs, ['u-police-owner', 'u-health-owner']);
      await seedActions(emulator.graphBaseUrl(), plan.value.id, findingId, count);

      const cold = emulator.storeAs('u-dcs');
      const loaded = await cold.store.loadPlan(plan.value.id);
      expect(loaded.actions).toHaveLength(count);
      expect(loaded.actions.map((a) => a.value.order)).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(cold.http.requests.length).toBeLessThanOrEqual(4);
      expect(cold.http.requests.map((r) => r.method)).toEqual(['GET', 'POST']);

      cold.http.reset();
      await cold.store.loadPlan(plan.value.id);
      expect(cold.http.requests).toHaveLength(1);
    },
    60_000,
  );

  it('reports a plan that does not exist as not found', async () => {
    await storeErrorOf(emulator.storeAs('u-dcs').store.loadPlan('plan-missing' as PlanId), 'not-found');
  });

  it('posts a progress update for an action it has not loaded, with the agency it is given', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner']);
    const action = await dcs.createAction(anAction(plan.value.id, findingId, 0, { leadAgency: 'police' }));
    const update = anUpdate(plan.value.id, action.value.id as ActionId, 'u-police-owner');
    const saved = await emulator.storeAs('u-police-owner').store.addProgressUpdate(update, 'police');
    expect(saved).toMatchObject({
      id: update.id,
      actionId: action.value.id,
      text: update.text,
      authorId: 'u-police-owner',
    });
  });
});
