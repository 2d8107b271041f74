import type { Action } from '../../../../src/domain/action';
import type { PlanId } from '../../../../src/domain/ids';
import type { Member } from '../../../../src/domain/member';
import { createGraphSiteSetup } from '../../../../src/data/graph/graph-site-setup';
import { createSharePointPlanPermissions } from '../../../../src/data/graph/sharepoint-plan-permissions';
import type { Versioned } from '../../../../src/data/plan-store.port';
import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../../../../src/emulator/emulator-site';
import { aFinding, aMember, anAction, aPlan } from '../../support/fixtures';
import { recordingFetch } from '../../support/recording-fetch';
import type { TestEmulator } from '../../support/test-emulator';

/** The emulator's site URL as a client reaches it (its origin, then the site's path). */
export const siteUrlOf = (graphBaseUrl: string): string =>
  `${graphBaseUrl.replace(/\/v1\.0$/, '')}${new URL(EMULATOR_SITE.webUrl).pathname}`;

/** "Set up this site" and the permission sync as one persona, every request recorded (setup without a permission service when told). */
export function siteSetupAs(emulator: TestEmulator, userId: string, withPermissions = true) {
  const http = recordingFetch();
  const graphBaseUrl = emulator.graphBaseUrl();
  const getToken = async () => `demo.${userId}`;
  const common = { graphBaseUrl, siteId: EMULATOR_SITE_ID, getToken, fetch: http.fetch, retry: { delaySeconds: 0 } };
  const permissions = createSharePointPlanPermissions({
    ...common,
    sharePoint: { siteUrl: siteUrlOf(graphBaseUrl), getToken, fetch: http.fetch, sleep: async () => undefined },
  });
  const setup = createGraphSiteSetup({
    ...common,
    siteUrl: EMULATOR_SITE.webUrl,
    ...(withPermissions ? { permissions } : {}),
  });
  return { setup, permissions, http };
}

/** Who is in a plan: a persona, in their own role and agency unless told otherwise. */
export type PlanPerson =
  string | { readonly id: string; readonly role: Member['role']; readonly agency: string | null };

export interface TestPlan {
  readonly planId: PlanId;
  readonly members: readonly Versioned<Member>[];
  /** The plan's actions by lead agency. */
  readonly actions: Readonly<Record<string, Versioned<Action>>>;
}

/** A plan the DCS starts over Graph, with its members, a finding, one action per lead agency given, and its folder. */
export async function createTestPlan(
  emulator: TestEmulator,
  people: readonly PlanPerson[],
  actionAgencies: readonly string[] = [],
  options: { readonly folder?: boolean } = {},
): Promise<TestPlan> {
  const dcs = emulator.storeAs('u-dcs').store;
  const plan = await dcs.createPlan(aPlan());
  const planId = plan.value.id;
  const members = await dcs.addMembers(
    ['u-dcs', ...people].map((p) =>
      typeof p === 'string'
        ? aMember(planId, p)
        : aMember(planId, p.id, { role: p.role, agency: p.agency as Member['agency'] }),
    ),
  );
  const [finding] = await dcs.createFindings([aFinding(planId, 0)]);
  if (!finding) throw new Error('no finding created');
  const actions: Record<string, Versioned<Action>> = {};
  for (const [order, agency] of actionAgencies.entries()) {
    const action = anAction(planId, finding.value.id, order, { leadAgency: agency as Action['leadAgency'] });
    actions[agency] = await dcs.createAction(action);
  }
  if (options.folder !== false) await makePlanFolder(emulator.graphBaseUrl(), planId);
  return { planId, members, actions };
}

/**
 * Makes `JTAI submissions/<planId>` as the DCS by uploading a file into it, which creates the
 * folders on the way. The sync makes a missing folder itself with
 * `POST drive/root:/JTAI submissions:/children`, which the emulator does not serve yet (only
 * `POST drive/root/children`); "the sync makes a plan's missing folder" shows that case alone.
 */
export async function makePlanFolder(graphBaseUrl: string, planId: PlanId): Promise<void> {
  const path = `JTAI%20submissions/${encodeURIComponent(planId)}/Placeholder.txt`;
  const response = await fetch(`${graphBaseUrl}/sites/${EMULATOR_SITE_ID}/drive/root:/${path}:/content`, {
    method: 'PUT',
    headers: { Authorization: 'Bearer demo.u-dcs', 'Content-Type': 'text/plain' },
    body: 'Submissions of this plan go here.',
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`Could not make the folder of ${planId}: HTTP ${response.status}`);
}
