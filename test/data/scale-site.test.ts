import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import type { LoadedPlan } from '../../src/data/plan-store.port';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { overdueActions } from '../../src/domain/monitoring/due-dates';
import { monitoringSummary } from '../../src/domain/monitoring/monitoring-summary';
import { planReminders } from '../../src/domain/notifications/reminders';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { recordingFetch } from './support/recording-fetch';
import { ISSUE_17_SITE, startScaleSite, type ScaleSite } from './support/scale-site';

let site: ScaleSite;

beforeAll(async () => {
  site = await startScaleSite(ISSUE_17_SITE);
}, 180_000);

afterAll(async () => {
  await site.stop();
});

/** A fresh adapter, signed in as the DCS, with every request it sends recorded. */
function freshStore(pageSize?: number) {
  const http = recordingFetch();
  const store = createGraphPlanStore({
    graphBaseUrl: site.emulator.graphBaseUrl,
    siteId: EMULATOR_SITE_ID,
    getToken: async () => 'demo.u-dcs',
    fetch: http.fetch,
    ...(pageSize === undefined ? {} : { pageSize }),
  });
  return { store, http };
}

const snapshotOf = (loaded: LoadedPlan): PlanSnapshot => ({
  plan: loaded.plan.value,
  findings: loaded.findings.map((f) => f.value),
  actions: loaded.actions.map((a) => a.value),
  updates: loaded.updates,
  members: loaded.members.map((m) => m.value),
  signOffs: [],
});

describe('a site with 50 plans, 20,000 actions, 60,000 progress updates and 40,000 workflow events', () => {
  it('holds that many items', () => {
    expect(site.planIds).toHaveLength(50);
    expect(site.totals()).toEqual({ actions: 20_000, updates: 60_000, events: 40_000 });
  });

  it('loads one plan in 2 round trips: the list ids, then one $batch of every list', async () => {
    const { store, http } = freshStore();
    const loaded = await store.loadPlan(site.typicalPlanId);
    expect(http.requests).toHaveLength(2);
    expect(loaded.plan.value.id).toBe(site.typicalPlanId);
    expect(loaded.actions).toHaveLength(400);
    expect(loaded.updates).toHaveLength(1100);
    expect(loaded.record.entries).toHaveLength(800);
    expect(loaded.updates.every((u) => u.planId === site.typicalPlanId)).toBe(true);
  });

  it('gives that plan its dashboard figures and its reminders', async () => {
    const snapshot = snapshotOf(await freshStore().store.loadPlan(site.typicalPlanId));
    const summary = monitoringSummary(snapshot, site.today);
    expect(summary).toMatchObject({ total: 400, counts: { complete: 80 }, percentComplete: 20 });
    const preview = planReminders(snapshot, site.today);
    const remindedOverdue = new Set(
      [...preview.reminders.flatMap((r) => r.items), ...preview.unreached]
        .filter((item) => item.reason.kind === 'overdue')
        .map((item) => item.action.id),
    );
    expect(remindedOverdue.size).toBe(overdueActions(snapshot, site.today).length);
    expect(summary.overdue).toBeGreaterThan(0);
    expect(preview.reminders.every((r) => r.recipient.role === 'agency-owner')).toBe(true);
  });
});

describe('a plan with 6,100 progress updates in a list of 60,000', () => {
  it('is refused by SharePoint when asked for by PlanId alone: the condition selects over 5,000 items', async () => {
    const { store } = freshStore();
    await store.ensureSchema();
    const lists = await fetch(`${site.emulator.graphBaseUrl}/sites/${EMULATOR_SITE_ID}/lists`, {
      headers: { Authorization: 'Bearer demo.u-dcs' },
    }).then((r) => r.json() as Promise<{ value: { id: string; displayName: string }[] }>);
    const updates = lists.value.find((l) => l.displayName === LISTS.updates.displayName)!;
    const filter = encodeURIComponent(`fields/PlanId eq '${site.largePlanId}'`);
    const reply = await fetch(
      `${site.emulator.graphBaseUrl}/sites/${EMULATOR_SITE_ID}/lists/${updates.id}/items?$filter=${filter}&$top=5000`,
      { headers: { Authorization: 'Bearer demo.u-dcs' } },
    );
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({ error: { code: 'notSupported' } });
  });

  it('still loads every update, asking action by action in $batches sent together', async () => {
    const { store, http } = freshStore();
    const loaded = await store.loadPlan(site.largePlanId);
    expect(loaded.updates).toHaveLength(6100);
    expect(new Set(loaded.updates.map((u) => u.id)).size).toBe(6100);
    expect(loaded.updates.every((u) => u.planId === site.largePlanId)).toBe(true);
    // list ids, the plan's $batch, then 400 actions' queries 20 to a $batch
    expect(http.requests).toHaveLength(2 + 20);
  });

  it('follows each query’s nextLinks when the pages are small', async () => {
    const { store } = freshStore(10);
    const loaded = await store.loadPlan(site.largePlanId);
    expect(loaded.updates).toHaveLength(6100);
    expect(loaded.actions).toHaveLength(400);
  });
});
