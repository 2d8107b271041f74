import { describe, expect, it } from 'vitest';
import { createSharePointPlanPermissions } from '../../src/data/graph/sharepoint-plan-permissions';
import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { HARINGEY_PLAN_ID } from '../../src/emulator/seed/haringey-2018';
import { recordingFetch } from '../data/support/recording-fetch';
import { aSignOff, hashNow, postSignOff, putGovernanceAt } from './support/governance-lists';
import type { GraphClient } from './support/graph-client';
import { itemsPath, patchItem } from './support/product-lists';
import { startTestEmulator } from './support/test-emulator';

/** The plan's permission sync, as a site owner would run it from "Set up this site". */
function permissionsAs(url: string, userId: string) {
  const http = recordingFetch();
  const getToken = async () => `demo.${userId}`;
  const permissions = createSharePointPlanPermissions({
    graphBaseUrl: `${url}/v1.0`,
    siteId: EMULATOR_SITE_ID,
    getToken,
    fetch: http.fetch,
    sharePoint: { siteUrl: `${url}${new URL(EMULATOR_SITE.webUrl).pathname}`, getToken, fetch: http.fetch },
  });
  return { permissions, http };
}

async function actionItemOf(graph: GraphClient, agency: string): Promise<string> {
  const reply = await graph.call('GET', `${itemsPath('actions')}?expand=fields&$top=500`);
  const item = (reply.body.value ?? []).find((i) => i.fields?.['Agency'] === agency);
  if (!item) throw new Error(`The seed has no ${agency} action`);
  return String(item.id);
}

const status = async (reply: Promise<{ status: number; body: { error?: { message?: string } } }>) => {
  const { status: code, body } = await reply;
  return { status: code, message: body.error?.message ?? '' };
};

describe('item permissions through SharePoint REST', () => {
  it('applies a plan’s permissions once; a second sync writes nothing', async () => {
    const { emulator } = await startTestEmulator({ seed: true });
    const { permissions } = permissionsAs(emulator.url, 'u-dcs');
    expect(await permissions.planIds()).toEqual([HARINGEY_PLAN_ID]);
    const first = await permissions.syncPlan(HARINGEY_PLAN_ID);
    expect(first.writes).toBeGreaterThan(0);
    expect(first.planTitle).toMatch(/Haringey/);

    const again = permissionsAs(emulator.url, 'u-dcs');
    expect(await again.permissions.syncPlan(HARINGEY_PLAN_ID)).toMatchObject({ writes: 0 });
    expect(again.http.writes()).toEqual([]);
  });

  it('lets a police owner edit a police action and refuses them a health action by role assignment', async () => {
    const { emulator, graph } = await startTestEmulator({ seed: true });
    await permissionsAs(emulator.url, 'u-dcs').permissions.syncPlan(HARINGEY_PLAN_ID);
    const police = await actionItemOf(graph, 'police');
    const health = await actionItemOf(graph, 'health');
    expect(
      (await status(patchItem(graph, 'actions', police, { StatusReason: 'On track' }, 'u-police-owner'))).status,
    ).toBe(200);
    expect(await status(patchItem(graph, 'actions', health, { StatusReason: 'Mine now' }, 'u-police-owner'))).toEqual({
      status: 403,
      message: 'Access denied: your SharePoint permissions do not let you edit this item in “JTAI Actions”.',
    });
  });

  it('lets members add sign-offs but nobody edit one', async () => {
    const { emulator, graph } = await startTestEmulator({ seed: true });
    await permissionsAs(emulator.url, 'u-dcs').permissions.syncPlan(HARINGEY_PLAN_ID);
    await putGovernanceAt(graph, HARINGEY_PLAN_ID, 'agency-qa');
    const hash = await hashNow(graph, HARINGEY_PLAN_ID, 'police');
    const signed = await postSignOff(
      graph,
      aSignOff(HARINGEY_PLAN_ID, 'u-police-qa', 'agency-qa-lead', 'agency-qa', hash, 'police'),
    );
    expect(signed.status).toBe(201);
    expect(
      await status(patchItem(graph, 'signOffs', String(signed.body.id), { Decision: 'return' }, 'u-police-qa')),
    ).toEqual({
      status: 403,
      message: 'Access denied: your SharePoint permissions do not let you edit this item in “JTAI Sign-offs”.',
    });
  });

  it('refuses the permission sync to someone who does not own the site', async () => {
    const { emulator } = await startTestEmulator({ seed: true });
    const { permissions } = permissionsAs(emulator.url, 'u-police-owner');
    expect(await permissions.canManageSite()).toBe(false);
    await expect(permissions.syncPlan(HARINGEY_PLAN_ID)).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await permissionsAs(emulator.url, 'u-dcs').permissions.canManageSite()).toBe(true);
  });

  it('keeps the role assignments when the emulator restarts over its journal, then over its snapshot', async () => {
    const { emulator, graph, dataDir } = await startTestEmulator({ seed: true });
    await permissionsAs(emulator.url, 'u-dcs').permissions.syncPlan(HARINGEY_PLAN_ID);
    const health = await actionItemOf(graph, 'health');
    await emulator.close();
    // The first reopening replays the journal and folds it into the snapshot; the second reads the snapshot.
    for (const _round of [1, 2]) {
      const reopened = await startTestEmulator({ dataDir });
      const reply = await status(
        patchItem(reopened.graph, 'actions', health, { StatusReason: 'Mine now' }, 'u-police-owner'),
      );
      expect(reply.status).toBe(403);
      const again = await permissionsAs(reopened.emulator.url, 'u-dcs').permissions.syncPlan(HARINGEY_PLAN_ID);
      expect(again.writes).toBe(0);
      await reopened.emulator.close();
    }
  });
});
