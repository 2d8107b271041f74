import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnDefinition } from '../../src/data/graph/column-definition';
import { graphApi } from '../../src/data/graph/graph-api';
import { createGraphClient } from '../../src/data/graph/graph-client';
import { listsPath } from '../../src/data/graph/graph-paths';
import { fetchSiteLists } from '../../src/data/graph/site-lists';
import type { NewGovernanceEntry } from '../../src/data/plan-store.port';
import { LIST_KEYS, LISTS, type ListKey } from '../../src/data/sharepoint/list-schema';
import { isoDate } from '../../src/domain/dates';
import type { PlanId, UserId } from '../../src/domain/ids';
import { contentHashForAgency } from '../../src/domain/workflow/content-hash';
import { summaryOf } from '../../src/domain/workflow/governance-summary';
import { initialGovernance } from '../../src/domain/workflow/governance';
import { replayGovernance } from '../../src/domain/workflow/replay-governance';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { openAs } from '../state/governance-setup';
import { snapshotOf } from './support/governance-setup';
import { anAction } from './support/fixtures';
import { seedActions, startPlan } from './support/plan-setup';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/** The governance part of the PlanStore contract, over HTTP to the emulator. */

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.storeAs('u-dcs').store.ensureSchema();
});
afterAll(() => emulator.stop());

let n = 0;
const anEntry = (planId: PlanId, by: string, name = 'Amara Okafor'): NewGovernanceEntry => ({
  id: `wfe-contract-${(n += 1)}`,
  planId,
  stage: 'drafting',
  by: { userId: by as UserId, name },
  event: { type: 'set-due-date', stage: 'agency-qa', date: isoDate('2018-04-20') },
});

const lastSegment = (url: string) => `${new URL(url).pathname.split('/').at(-1)}`;

describe('provisioning the governance lists', () => {
  it('adds the Governance and Workflow Events lists to a site provisioned before them, once', async () => {
    const site = await startTestEmulator();
    try {
      const api = graphApi(
        createGraphClient({ graphBaseUrl: site.graphBaseUrl(), getToken: async () => 'demo.u-dcs' }),
      );
      for (const key of LIST_KEYS.filter((k) => k !== 'governance' && k !== 'workflowEvents')) {
        const spec = LISTS[key];
        await api.post(listsPath(EMULATOR_SITE_ID), {
          displayName: spec.displayName,
          columns: spec.columns.map(columnDefinition),
          list: {},
        });
      }
      const upgrade = site.storeAs('u-dcs');
      await upgrade.store.ensureSchema();
      const lists = await fetchSiteLists(api, EMULATOR_SITE_ID);
      const written = upgrade.http.writes().map((r) => `${r.method} ${lastSegment(r.url)}`);
      const indexModified = (key: ListKey) => {
        const list = lists.find((l) => l.displayName === LISTS[key].displayName);
        return `PATCH ${list?.columns.find((c) => c.name === 'Modified')?.id}`;
      };
      expect(written).toEqual([
        // The built-in Modified column of the watched lists the site had, indexed.
        ...(['plans', 'findings', 'actions', 'updates', 'members'] as const).map(indexModified),
        'POST lists',
        indexModified('governance'),
        'POST lists',
        indexModified('workflowEvents'),
        // The site settings list, the submissions folder and the recorded schema version.
        'POST lists',
        'POST children',
        'POST items',
      ]);
      const events = lists.find((l) => l.displayName === LISTS.workflowEvents.displayName);
      expect(events?.columns.find((c) => c.name === 'EntryId')).toMatchObject({ indexed: true, unique: true });
      const again = site.storeAs('u-dcs');
      await again.store.ensureSchema();
      expect(again.http.writes()).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});

describe('the governance record', () => {
  it('keeps each entry with who SharePoint says added it and when, whatever the entry claims', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan } = await startPlan(dcs, ['u-police-owner']);
    const police = emulator.storeAs('u-police-owner').store;
    await police.appendGovernanceEntry(anEntry(plan.value.id, 'u-dcs', 'Amara Okafor'));
    const [entry] = await dcs.loadGovernanceEntries(plan.value.id);
    expect(entry).toMatchObject({
      author: { userId: 'u-police-owner', name: 'Sarah Mitchell' },
      claimedBy: { userId: 'u-dcs', name: 'Amara Okafor' },
      event: { type: 'set-due-date' },
    });
    expect(Date.parse(entry!.at)).toBeGreaterThan(Date.parse('2020-01-01'));
  });

  it('adds an entry once when the reply to its request is lost and the request is sent again', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan } = await startPlan(dcs);
    const entry = anEntry(plan.value.id, 'u-dcs');
    await emulator.setFaults({ dropNext: 1 });
    await dcs.appendGovernanceEntry(entry);
    await emulator.clearFaults();
    await dcs.appendGovernanceEntry(entry);
    const stored = await dcs.loadGovernanceEntries(plan.value.id);
    expect(stored.filter((e) => e.id === entry.id)).toHaveLength(1);
  });

  it('refuses a different entry under an id already used', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan } = await startPlan(dcs, ['u-police-owner']);
    const entry = anEntry(plan.value.id, 'u-dcs');
    await dcs.appendGovernanceEntry(entry);
    const other = emulator.storeAs('u-police-owner').store;
    const imitation = { ...entry, by: { userId: 'u-police-owner' as UserId, name: 'Sarah Mitchell' } };
    await expect(other.appendGovernanceEntry(imitation)).rejects.toMatchObject({ kind: 'conflict' });
    expect(await dcs.loadGovernanceEntries(plan.value.id)).toHaveLength(1);
  });

  it('loads every version of a membership, with who wrote it, and keeps removed members', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, members } = await startPlan(dcs, ['u-partner-la', 'u-partner-police']);
    const partner = members.find((m) => m.value.userId === 'u-partner-la')!;
    await dcs.updateMember({ ...partner.value, role: 'reader' }, partner.version);
    const leaving = members.find((m) => m.value.userId === 'u-partner-police')!;
    await dcs.removeMember(leaving.value.id, leaving.version);
    const loaded = await dcs.loadPlan(plan.value.id);
    expect(loaded.members.map((m) => m.value.userId)).not.toContain('u-partner-police');
    const history = loaded.record.memberships.filter((v) => v.member.userId === 'u-partner-la');
    expect(history.map((v) => [v.member.role, v.by])).toEqual([
      ['safeguarding-partner', 'u-dcs'],
      ['reader', 'u-dcs'],
    ]);
    const removed = loaded.record.memberships.filter((v) => v.member.userId === 'u-partner-police');
    expect(removed.map((v) => v.removed)).toEqual([false, true]);
    expect(loaded.record.createdBy?.userId).toBe('u-dcs');
  });

  it('loads a 2,000-action plan with its record in one request once the list ids are known', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner']);
    await seedActions(emulator.graphBaseUrl(), plan.value.id, findingId, 2000);
    await dcs.appendGovernanceEntry({ ...anEntry(plan.value.id, 'u-dcs'), event: { type: 'advance', note: '' } });

    const { store, http } = emulator.storeAs('u-dcs');
    await store.loadPlan(plan.value.id);
    http.reset();
    const loaded = await store.loadPlan(plan.value.id);
    expect(loaded.actions).toHaveLength(2000);
    expect(replayGovernance(loaded.record, snapshotOf(loaded)).governance.stage).toBe('agency-qa');
    expect(http.requests.map((r) => `${r.method} ${lastSegment(r.url)}`)).toEqual(['POST $batch']);
  }, 60_000);

  it('makes a sign-off in two requests: the entry, then the record read back', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const { plan, findingId } = await startPlan(dcs, ['u-police-owner', 'u-police-qa']);
    await dcs.createAction(anAction(plan.value.id, findingId, 0, { leadAgency: 'police' }));
    const admin = await openAs(() => dcs, 'u-dcs', plan.value.id);
    expect((await admin.getState().dispatch({ type: 'advance', note: '' })).status).toBe('done');

    const qa = emulator.storeAs('u-police-qa');
    const view = await openAs(() => qa.store, 'u-police-qa', plan.value.id);
    qa.http.reset();
    const hash = contentHashForAgency(view.getState().snapshot!, 'police');
    const outcome = await view
      .getState()
      .dispatch({ type: 'qa-approve', agency: 'police', comment: 'Assured', contentHash: hash });
    expect(outcome.status).toBe('done');
    expect(view.getState().governance!.signOffs.map((s) => s.name)).toEqual(['Kwame Mensah']);
    expect(qa.http.requests.map((r) => `${r.method} ${lastSegment(r.url)}`)).toEqual(['POST items', 'GET items']);
  });

  it("lists every plan's governance summary kept by its admins", async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    const a = await startPlan(dcs);
    const b = await startPlan(dcs);
    const summary = { ...summaryOf(initialGovernance(a.plan.value.id)), stage: 'agency-qa' as const };
    await dcs.saveGovernanceSummary(summary);
    await dcs.saveGovernanceSummary(summaryOf(initialGovernance(b.plan.value.id)));
    await dcs.saveGovernanceSummary({ ...summary, stage: 'collation' });
    const listed = await emulator.storeAs('u-dcs').store.listGovernance();
    const ours = listed.filter((g) => g.planId === a.plan.value.id || g.planId === b.plan.value.id);
    expect(ours.map((g) => [g.planId, g.stage])).toEqual(
      [
        [a.plan.value.id, 'collation'],
        [b.plan.value.id, 'drafting'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });
});
