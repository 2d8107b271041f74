import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { columnDefinition } from '../../src/data/graph/column-definition';
import { graphApi } from '../../src/data/graph/graph-api';
import { createGraphClient } from '../../src/data/graph/graph-client';
import { listsPath } from '../../src/data/graph/graph-paths';
import { fetchSiteLists } from '../../src/data/graph/site-lists';
import type { PlanStore } from '../../src/data/plan-store.port';
import { LIST_KEYS, LISTS } from '../../src/data/sharepoint/list-schema';
import { isoDate } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import { contentHashForAgency } from '../../src/domain/workflow/content-hash';
import { transition } from '../../src/domain/workflow/transition';
import type { WorkflowEvent } from '../../src/domain/workflow/workflow-event';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { anAction } from './support/fixtures';
import { ADVANCE, commitEvent, prepareCommit, snapshotOf, WORKFLOW_NOW } from './support/governance-setup';
import { memberOf, seedActions, startPlan, storeErrorOf } from './support/plan-setup';
import { recordingFetch, type RecordedRequest } from './support/recording-fetch';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/** The governance part of the PlanStore contract, over HTTP to the emulator. */

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.storeAs('u-dcs').store.ensureSchema();
});
afterAll(() => emulator.stop());

const dueDate = (date: string): WorkflowEvent => ({ type: 'set-due-date', stage: 'agency-qa', date: isoDate(date) });

/** A plan with a police action and a police QA lead, ready to leave drafting. */
async function planReadyForQa(dcs: PlanStore) {
  const { plan, findingId, members } = await startPlan(dcs, ['u-police-owner', 'u-police-qa']);
  const planId = plan.value.id;
  await dcs.createAction(anAction(planId, findingId, 0, { leadAgency: 'police' }));
  return { planId, dcsMember: memberOf(members, 'u-dcs'), policeQa: memberOf(members, 'u-police-qa') };
}

async function qaApprove(store: PlanStore, planId: PlanId): Promise<WorkflowEvent> {
  const content = snapshotOf(await store.loadPlan(planId));
  return {
    type: 'qa-approve',
    agency: 'police',
    comment: 'Assured.',
    contentHash: contentHashForAgency(content, 'police'),
  };
}

/** A store whose requests pass through `intercept`, which may fail one on purpose. */
function storeWithFetch(userId: string, intercept: (r: RecordedRequest) => Response | Promise<Response>): PlanStore {
  return createGraphPlanStore({
    graphBaseUrl: emulator.graphBaseUrl(),
    siteId: EMULATOR_SITE_ID,
    getToken: async () => `demo.${userId}`,
    retry: { maxRetries: 0, delaySeconds: 0 },
    fetch: recordingFetch(intercept).fetch,
  });
}

const forward = (r: RecordedRequest): Promise<Response> =>
  fetch(r.url, { method: r.method, headers: r.headers, body: r.body });

describe('provisioning the governance lists', () => {
  it('adds the Governance and Workflow Events lists to a site provisioned before them, once', async () => {
    const site = await startTestEmulator();
    try {
      const api = graphApi(
        createGraphClient({ graphBaseUrl: site.graphBaseUrl(), getToken: async () => 'demo.u-dcs' }),
      );
      for (const key of LIST_KEYS.filter((k) => k !== 'governance' && k !== 'workflowEvents')) {
        const spec = LISTS[key];
        const columns = spec.columns.map(columnDefinition);
        await api.post(listsPath(EMULATOR_SITE_ID), { displayName: spec.displayName, columns, list: {} });
      }
      const upgrade = site.storeAs('u-dcs');
      await upgrade.store.ensureSchema();
      expect(upgrade.http.writes().map((r) => `${r.method} ${new URL(r.url).pathname.split('/').at(-1)}`)).toEqual([
        'POST lists',
        'POST lists',
        // The site settings list, the submissions folder and the recorded schema version.
        'POST lists',
        'POST children',
        'POST items',
      ]);
      const lists = await fetchSiteLists(api, EMULATOR_SITE_ID);
      const governance = lists.find((l) => l.displayName === LISTS.governance.displayName);
      expect(governance?.columns.find((c) => c.name === 'PlanId')).toMatchObject({ indexed: true, unique: true });
      const events = lists.find((l) => l.displayName === LISTS.workflowEvents.displayName);
      expect(events?.columns.map((c) => c.name)).toEqual(
        expect.arrayContaining(LISTS.workflowEvents.columns.map((c) => c.name)),
      );
      const again = site.storeAs('u-dcs');
      await again.store.ensureSchema();
      expect(again.http.writes()).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});

describe('committing workflow transitions', () => {
  it('has no governance before the first event, then creates the state on the first commit', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    expect((await dcs.loadPlan(planId)).governance).toBeNull();

    const committed = await commitEvent(dcs, planId, ADVANCE, dcsMember);
    expect(committed.value.stage).toBe('agency-qa');
    const loaded = await dcs.loadPlan(planId);
    expect(loaded.governance).toEqual(committed);
    expect(loaded.governance?.value.audit.map((e) => e.kind)).toEqual(['stage-changed']);
  });

  it('accepts a second commit over the version the first returned', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    const loaded = await dcs.loadPlan(planId);
    const first = await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const next = transition(first.value, dueDate('2018-04-20'), dcsMember, WORKFLOW_NOW, snapshotOf(loaded));
    if (!next.ok) throw new Error(next.error.message);
    const second = await dcs.commitWorkflow(
      { planId, governance: next.value.governance, newSignOffs: [], events: next.value.emitted },
      first.version,
    );
    expect(second.version).not.toBe(first.version);
    expect((await dcs.loadPlan(planId)).governance).toEqual(second);
  });

  it('refuses a commit over a stale version as a conflict carrying the current state, writing nothing', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const mine = await prepareCommit(dcs, planId, dueDate('2018-04-20'), dcsMember);
    const theirs = await commitEvent(emulator.storeAs('u-dcs').store, planId, dueDate('2018-04-27'), dcsMember);

    const conflict = await storeErrorOf(dcs.commitWorkflow(mine.commit, mine.version), 'conflict');
    expect(conflict.details.current).toMatchObject({
      version: theirs.version,
      value: { dueDates: theirs.value.dueDates },
    });
    const loaded = await dcs.loadPlan(planId);
    expect(loaded.governance).toEqual(theirs);
    expect(loaded.governance?.value.audit).toHaveLength(2);
  });

  it('refuses a first commit when another client created the state first', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    const mine = await prepareCommit(dcs, planId, ADVANCE, dcsMember);
    await commitEvent(emulator.storeAs('u-dcs').store, planId, dueDate('2018-04-20'), dcsMember);
    await storeErrorOf(dcs.commitWorkflow(mine.commit, null), 'conflict');
  });

  it('writes the sign-off and its events, and loads them from their own lists', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember, policeQa } = await planReadyForQa(dcs);
    await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const qa = emulator.storeAs('u-police-qa').store;
    const committed = await commitEvent(qa, planId, await qaApprove(qa, planId), policeQa);

    const loaded = await dcs.loadPlan(planId);
    const [signOff] = committed.value.signOffs;
    expect(committed.value.stage).toBe('collation');
    expect(loaded.signOffs).toEqual([signOff]);
    expect(loaded.governance).toEqual(committed);
    expect(loaded.governance?.value.audit.map((e) => e.kind)).toEqual(['stage-changed', 'signed-off', 'stage-changed']);
  });

  it('refuses, as the emulator, a sign-off the workflow would refuse, before any state is written', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember, policeQa } = await planReadyForQa(dcs);
    await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const qa = emulator.storeAs('u-police-qa').store;
    const prepared = await prepareCommit(qa, planId, await qaApprove(qa, planId), policeQa);
    const before = await dcs.loadPlan(planId);
    const [action] = before.actions;
    if (!action) throw new Error('no action');
    await dcs.updateAction({ ...action.value, title: 'Reworded after QA opened' }, action.version);

    const stale = await storeErrorOf(qa.commitWorkflow(prepared.commit, prepared.version), 'conflict');
    expect(stale.details.code).toBe('staleContent');
    expect(stale.message).toMatch(/The plan changed after you opened it/);
    const after = await dcs.loadPlan(planId);
    expect(after.governance).toEqual(before.governance);
    expect(after.signOffs).toEqual([]);
  });
});

describe('a commit whose connection dropped', () => {
  it('is retried without repeating the sign-off or the events already written', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember, policeQa } = await planReadyForQa(dcs);
    await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const qa = emulator.storeAs('u-police-qa').store;
    const prepared = await prepareCommit(qa, planId, await qaApprove(qa, planId), policeQa);
    const dropping = storeWithFetch('u-police-qa', (r) =>
      r.method === 'PATCH' ? Promise.reject(new TypeError('network down')) : forward(r),
    );
    await storeErrorOf(dropping.commitWorkflow(prepared.commit, prepared.version), 'offline');
    expect((await dcs.loadPlan(planId)).signOffs).toHaveLength(1);

    const retried = await emulator.storeAs('u-police-qa').store.commitWorkflow(prepared.commit, prepared.version);
    const loaded = await dcs.loadPlan(planId);
    expect(loaded.signOffs).toEqual(prepared.commit.newSignOffs);
    expect(loaded.governance?.value.audit).toEqual(prepared.commit.governance.audit);
    expect(loaded.governance).toEqual(retried);
  });

  it('reports a conflict on retry when the state was saved but the reply was lost, and the reload shows it', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const prepared = await prepareCommit(dcs, planId, dueDate('2018-04-20'), dcsMember);
    const losing = storeWithFetch('u-dcs', async (r) => {
      const response = await forward(r);
      if (r.method === 'PATCH') throw new TypeError('reply lost');
      return response;
    });
    await storeErrorOf(losing.commitWorkflow(prepared.commit, prepared.version), 'offline');
    await storeErrorOf(dcs.commitWorkflow(prepared.commit, prepared.version), 'conflict');
    expect((await dcs.loadPlan(planId)).governance?.value.dueDates).toEqual(prepared.commit.governance.dueDates);
  });

  it('leaves history without state when the first state write fails, and the next commit stores it', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    const api = graphApi(
      createGraphClient({ graphBaseUrl: emulator.graphBaseUrl(), getToken: async () => 'demo.u-dcs' }),
    );
    const governanceList = (await fetchSiteLists(api, EMULATOR_SITE_ID)).find(
      (l) => l.displayName === LISTS.governance.displayName,
    );
    const failing = storeWithFetch('u-dcs', (r) =>
      r.method === 'POST' && r.url.includes(`/lists/${governanceList?.id}/items`)
        ? Promise.reject(new TypeError('network down'))
        : forward(r),
    );
    const first = await prepareCommit(dcs, planId, ADVANCE, dcsMember);
    await storeErrorOf(failing.commitWorkflow(first.commit, first.version), 'offline');

    const recovered = (await dcs.loadPlan(planId)).governance;
    expect(recovered?.value.stage).toBe('agency-qa');
    expect(recovered?.value.sequence).toBe(first.commit.governance.sequence);
    const next = await commitEvent(dcs, planId, dueDate('2018-04-20'), dcsMember);
    expect((await dcs.loadPlan(planId)).governance).toEqual(next);
    expect(next.value.audit.map((e) => e.kind)).toEqual(['stage-changed', 'due-date-set']);
  });
});

describe('reading governance', () => {
  it('rebuilds an unreadable state from the history lists, and the next commit overwrites it', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { planId, dcsMember } = await planReadyForQa(dcs);
    const stored = await commitEvent(dcs, planId, ADVANCE, dcsMember);
    const corrupting = storeWithFetch('u-dcs', async (r) => {
      const response = await forward(r);
      if (!r.url.endsWith('/$batch')) return response;
      const text = (await response.text()).replace(/"GovernanceJson":"(?:[^"\\]|\\.)*"/g, '"GovernanceJson":"{oops"');
      return new Response(text, { status: response.status, headers: response.headers });
    });
    const loaded = await corrupting.loadPlan(planId);
    expect(loaded.governance?.version).toBe(stored.version);
    expect(loaded.governance?.value).toMatchObject({ stage: 'agency-qa', sequence: stored.value.sequence });
    expect(loaded.governance?.value.audit).toEqual(stored.value.audit);

    const next = transition(
      loaded.governance!.value,
      dueDate('2018-04-20'),
      dcsMember,
      WORKFLOW_NOW,
      snapshotOf(loaded),
    );
    if (!next.ok) throw new Error(next.error.message);
    const saved = await dcs.commitWorkflow(
      { planId, governance: next.value.governance, newSignOffs: [], events: next.value.emitted },
      loaded.governance!.version,
    );
    expect((await dcs.loadPlan(planId)).governance).toEqual(saved);
  });

  it('loads a 2,000-action plan with its governance in one request once the list ids are known', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId, members } = await startPlan(dcs, ['u-police-owner']);
    await seedActions(emulator.graphBaseUrl(), plan.value.id, findingId, 2000);
    await commitEvent(dcs, plan.value.id, ADVANCE, memberOf(members, 'u-dcs'));

    const { store, http } = emulator.storeAs('u-dcs');
    await store.loadPlan(plan.value.id);
    http.reset();
    const loaded = await store.loadPlan(plan.value.id);
    expect(loaded.actions).toHaveLength(2000);
    expect(loaded.governance?.value.stage).toBe('agency-qa');
    expect(http.requests.length).toBeLessThanOrEqual(2);
    expect(http.requests.map((r) => `${r.method} ${new URL(r.url).pathname.split('/').at(-1)}`)).toEqual([
      'POST $batch',
    ]);
  }, 60_000);

  it("lists every plan's governance on the site", async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const a = await planReadyForQa(dcs);
    const b = await planReadyForQa(dcs);
    await commitEvent(dcs, a.planId, ADVANCE, a.dcsMember);
    await commitEvent(dcs, b.planId, dueDate('2018-04-20'), b.dcsMember);
    const listed = await emulator.storeAs('u-police-owner').store.listGovernance();
    const ours = listed.filter((g) => g.planId === a.planId || g.planId === b.planId);
    expect(ours.map((g) => [g.planId, g.stage])).toEqual(
      [
        [a.planId, 'agency-qa'],
        [b.planId, 'drafting'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });
});
