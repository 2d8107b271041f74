import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { aMember } from './support/fixtures';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';
import { createTestPlan, siteSetupAs, siteUrlOf } from './sharepoint/support/permission-sync';

/** The permission sync over the emulator, which enforces SharePoint's groups and role assignments. */

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator();
});
afterEach(() => emulator.stop());

const noProgress = () => undefined;

/** SharePoint REST straight to the emulator, as a persona. */
async function spGet(as: string, path: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${siteUrlOf(emulator.graphBaseUrl())}/_api/web${path}`, {
    headers: { Authorization: `Bearer demo.${as}`, Accept: 'application/json;odata=nometadata' },
  });
  const body = (await response.json()) as { value?: Record<string, unknown>[] };
  return body.value ?? [];
}

async function groupLogins(title: string): Promise<string[]> {
  const groups = await spGet('u-dcs', '/sitegroups?$select=Id,Title');
  const group = groups.find((g) => g['Title'] === title);
  if (!group) throw new Error(`No group ${title}`);
  const users = await spGet('u-dcs', `/sitegroups(${String(group['Id'])})/users?$select=Id,LoginName`);
  return users.map((u) => String(u['LoginName'])).sort();
}

describe('"Set up this site" with plans, run by two site owners', () => {
  it('lets the second site owner run it again over every plan, writing nothing', async () => {
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    const plan = await createTestPlan(
      emulator,
      ['u-police-owner', 'u-health-qa', 'u-lead-member'],
      ['police', 'health'],
    );

    const first = await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    expect(first.permissions).toHaveLength(1);
    expect(first.permissions?.[0]?.writes).toBeGreaterThan(0);

    const second = siteSetupAs(emulator, 'u-improvement-lead');
    const again = await second.setup.setUp(noProgress);
    expect(again).toEqual({
      schemaChanges: 0,
      permissions: [expect.objectContaining({ planId: plan.planId, writes: 0 })],
    });
    expect(second.http.writes()).toEqual([]);

    const seen = await emulator.storeAs('u-improvement-lead').store.loadPlan(plan.planId);
    expect(seen.actions).toHaveLength(2);
  });

  it('shows a plan member the site as ready, though they cannot read the submissions folder above their plan’s', async () => {
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    await createTestPlan(emulator, ['u-police-owner'], ['police']);
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);

    const folder = await fetch(
      `${emulator.graphBaseUrl()}/sites/${EMULATOR_SITE_ID}/drive/root:/${encodeURIComponent('JTAI submissions')}:`,
      { headers: { Authorization: 'Bearer demo.u-police-owner' } },
    );
    expect(folder.status).toBe(404);
    const member = await siteSetupAs(emulator, 'u-police-owner').setup.inspect();
    expect(member).toMatchObject({ state: 'ready', access: { kind: 'member' }, changes: [] });
  });

  it('lets the second site owner change who is in a plan’s groups, which the first owner made', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    const plan = await createTestPlan(emulator, ['u-police-owner']);
    await siteSetupAs(emulator, 'u-dcs').permissions.syncPlan(plan.planId);
    await dcs.addMembers([aMember(plan.planId, 'u-probation-owner')]);

    const synced = await siteSetupAs(emulator, 'u-improvement-lead').permissions.syncPlan(plan.planId);
    expect(synced.writes).toBeGreaterThan(0);
    expect(await groupLogins(`JTAI ${plan.planId} probation Owners`)).toEqual([
      'i:0#.f|membership|helen.carter@example.gov.uk',
    ]);
  });
});

describe('guests in a plan', () => {
  async function syncedTwice(planId: PlanId) {
    await siteSetupAs(emulator, 'u-dcs').permissions.syncPlan(planId);
    const again = siteSetupAs(emulator, 'u-dcs');
    return { result: await again.permissions.syncPlan(planId), writes: again.http.writes() };
  }

  it('matches guests by their Entra object id, so a second sync writes nothing', async () => {
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    const plan = await createTestPlan(emulator, ['u-police-owner', 'u-health-qa', 'u-partner-police'], ['police']);

    const { result, writes } = await syncedTwice(plan.planId);
    expect(result.writes).toBe(0);
    expect(writes).toEqual([]);

    const police = await groupLogins(`JTAI ${plan.planId} police Owners`);
    expect(police).toEqual(['i:0#.f|membership|sarah.mitchell_example.gov.uk#ext#@jtaipartnership.onmicrosoft.com']);
    expect(await groupLogins(`JTAI ${plan.planId} Participants`)).toHaveLength(3);
  });

  it('takes a removed guest out of every group and keeps the record of them', async () => {
    const dcs = emulator.storeAs('u-dcs').store;
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    const plan = await createTestPlan(emulator, ['u-police-owner']);
    await siteSetupAs(emulator, 'u-dcs').permissions.syncPlan(plan.planId);
    const guest = plan.members.find((m) => m.value.userId === 'u-police-owner');
    if (!guest) throw new Error('no guest member');
    await dcs.removeMember(guest.value.id, guest.version);

    const { result } = await syncedTwice(plan.planId);
    expect(result.writes).toBe(0);
    expect(await groupLogins(`JTAI ${plan.planId} police Owners`)).toEqual([]);
    expect(await groupLogins(`JTAI ${plan.planId} Participants`)).toEqual([]);
  });
});

describe('the plan’s folder of submissions', () => {
  it('the sync makes a plan’s missing folder, then finds it', async () => {
    await siteSetupAs(emulator, 'u-dcs').setup.setUp(noProgress);
    const plan = await createTestPlan(emulator, ['u-police-owner'], [], { folder: false });
    const first = siteSetupAs(emulator, 'u-dcs');
    await first.permissions.syncPlan(plan.planId);
    const made = first.http.writes().filter((r) => r.url.includes('/drive/'));
    expect(made.map((r) => [r.method, decodeURIComponent(new URL(r.url).pathname).replace(/^.*\/drive/, '')])).toEqual([
      ['POST', '/root:/JTAI submissions:/children'],
    ]);
    expect(JSON.parse(made[0]?.body ?? '{}')).toEqual({
      name: plan.planId,
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    });
    const again = siteSetupAs(emulator, 'u-dcs');
    expect((await again.permissions.syncPlan(plan.planId)).writes).toBe(0);
  });
});
