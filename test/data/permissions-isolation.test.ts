import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { PLAN_LISTS } from '../../src/data/sharepoint/permission-plan';
import { decodeVersion } from '../../src/data/graph/store-version';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { uniqueSuffix } from './support/fixtures';
import { addItem, listItemsPath, rawGraph } from './support/raw-graph';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';
import { createTestPlan, siteSetupAs, type TestPlan } from './sharepoint/support/permission-sync';

/**
 * What the synced permissions let people do, checked against the emulator as SharePoint would:
 * plan A has a non-owner admin (the children's social care owner), police and health owners, a
 * police QA lead and the Chief Executive as a reader; plan B has the probation owner and the
 * education QA lead, none of whom is in plan A.
 */

let emulator: TestEmulator;
let planA: TestPlan;
let planB: TestPlan;
const graph = rawGraph(() => emulator.graphBaseUrl());

beforeAll(async () => {
  emulator = await startTestEmulator();
  await siteSetupAs(emulator, 'u-dcs').setup.setUp(() => undefined);
  planA = await createTestPlan(
    emulator,
    [
      { id: 'u-csc-owner', role: 'plan-admin', agency: null },
      'u-police-owner',
      'u-health-owner',
      'u-police-qa',
      { id: 'u-chief-executive', role: 'reader', agency: null },
    ],
    ['police', 'health'],
  );
  planB = await createTestPlan(emulator, ['u-probation-owner', 'u-education-qa'], ['probation']);
  for (const plan of [planA, planB]) await addHistory(plan.planId);
  await siteSetupAs(emulator, 'u-dcs').setup.setUp(() => undefined);
});
afterAll(() => emulator.stop());

const itemIdOf = (plan: TestPlan, agency: string): string => {
  const action = plan.actions[agency];
  if (!action) throw new Error(`no ${agency} action`);
  return decodeVersion(action.version).itemId;
};

async function planIdsSeenBy(as: string, key: (typeof PLAN_LISTS)[number]): Promise<string[]> {
  const reply = await graph('GET', `${listItemsPath(key)}?expand=fields&$top=5000`, { as });
  expect(reply.status, `${as} reading ${LISTS[key].displayName}`).toBe(200);
  const items = (reply.body['value'] ?? []) as { fields?: Record<string, unknown> }[];
  return [...new Set(items.map((i) => String(i.fields?.['PlanId'])))];
}

const aWorkflowEntry = (planId: PlanId, actor: string) => ({
  Title: `wfe-${uniqueSuffix()}`,
  EntryId: `wfe-${uniqueSuffix()}`,
  PlanId: planId,
  Kind: 'comment',
  ActorUserId: actor,
  EntryJson: '{}',
});

/** A governance item, a progress update and a workflow entry of the plan, added by the DCS before the sync. */
async function addHistory(planId: PlanId): Promise<void> {
  const added = await Promise.all([
    addItem(graph, 'governance', 'u-dcs', { Title: planId, PlanId: planId, GovernanceJson: '{}' }),
    addItem(graph, 'updates', 'u-dcs', { Title: `upd-${uniqueSuffix()}`, PlanId: planId, UpdateText: 'On track' }),
    addItem(graph, 'workflowEvents', 'u-dcs', aWorkflowEntry(planId, 'u-dcs')),
  ]);
  expect(added.map((r) => r.status)).toEqual([201, 201, 201]);
}

async function upload(path: string, as: string): Promise<number> {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const response = await fetch(`${emulator.graphBaseUrl()}/sites/${EMULATOR_SITE_ID}/drive/root:/${encoded}:/content`, {
    method: 'PUT',
    headers: { Authorization: `Bearer demo.${as}`, 'Content-Type': 'application/octet-stream' },
    body: new TextEncoder().encode(`by ${as}`),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('one plan’s members and another plan’s items', () => {
  it.each(PLAN_LISTS)('a member of plan B alone reads none of plan A’s %s', async (key) => {
    const seen = await planIdsSeenBy('u-education-qa', key);
    expect(seen).not.toContain(planA.planId);
    expect(seen).toContain(planB.planId);
  });

  it('shows a member of plan A plan A’s items', async () => {
    expect(await planIdsSeenBy('u-chief-executive', 'actions')).toEqual([planA.planId]);
  });
});

describe('the append-only record', () => {
  it('refuses a reader’s workflow entry', async () => {
    const reply = await addItem(
      graph,
      'workflowEvents',
      'u-chief-executive',
      aWorkflowEntry(planA.planId, 'u-chief-executive'),
    );
    expect(reply.status).toBe(403);
  });

  it('takes a participant’s entry, which they then can neither change nor delete', async () => {
    const added = await addItem(graph, 'workflowEvents', 'u-police-qa', aWorkflowEntry(planA.planId, 'u-police-qa'));
    expect(added.status).toBe(201);
    const item = `${listItemsPath('workflowEvents')}/${String(added.body['id'])}`;
    const patched = await graph('PATCH', `${item}/fields`, { as: 'u-police-qa', body: { Kind: 'sign-off' } });
    expect(patched.status).toBe(403);
    expect((await graph('DELETE', item, { as: 'u-police-qa' })).status).toBe(403);
  });
});

describe('editing', () => {
  it('lets the police owner edit a police action and not a health one', async () => {
    const edit = (agency: string) =>
      graph('PATCH', `${listItemsPath('actions')}/${itemIdOf(planA, agency)}/fields`, {
        as: 'u-police-owner',
        body: { StatusReason: 'On track' },
      });
    expect((await edit('police')).status).toBe(200);
    expect((await edit('health')).status).toBe(403);
  });

  it('lets plan A’s admin upload into plan A’s folder and not into plan B’s', async () => {
    expect(await upload(`JTAI submissions/${planA.planId}/Submission.docx`, 'u-csc-owner')).toBe(201);
    expect(await upload(`JTAI submissions/${planB.planId}/Submission.docx`, 'u-csc-owner')).toBe(403);
  });
});

describe('entries added after the last sync', () => {
  it('inherit the list’s permissions until a site owner’s next sync gives them their plan’s', async () => {
    const update = { Title: `upd-${uniqueSuffix()}`, PlanId: planA.planId, UpdateText: 'Two officers seconded' };
    expect((await addItem(graph, 'updates', 'u-police-owner', update)).status).toBe(201);
    expect(await planIdsSeenBy('u-education-qa', 'updates')).toContain(planA.planId);
    const synced = await siteSetupAs(emulator, 'u-dcs').permissions.syncPlan(planA.planId);
    expect(synced.writes).toBeGreaterThan(0);
    expect(await planIdsSeenBy('u-education-qa', 'updates')).not.toContain(planA.planId);
  });
});
