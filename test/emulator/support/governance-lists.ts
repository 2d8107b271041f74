import { actionFromFields } from '../../../src/data/graph/mappers/action.mapper';
import { findingFromFields } from '../../../src/data/graph/mappers/finding.mapper';
import { governanceToFields } from '../../../src/data/graph/mappers/governance.mapper';
import { memberFromFields } from '../../../src/data/graph/mappers/member.mapper';
import { planFromFields } from '../../../src/data/graph/mappers/plan.mapper';
import { signOffToFields } from '../../../src/data/graph/mappers/sign-off.mapper';
import type { ListKey } from '../../../src/data/sharepoint/list-schema';
import type { AgencyKey } from '../../../src/domain/agency';
import type { IsoDateTime } from '../../../src/domain/dates';
import type { PlanId, SignOffId, UserId } from '../../../src/domain/ids';
import type { Role } from '../../../src/domain/member';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import type { SignOff } from '../../../src/domain/sign-off';
import type { StageKey } from '../../../src/domain/stage';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import type { ChainStageKey } from '../../../src/domain/workflow/stage-chain';
import { findPersona } from '../../../src/emulator/seed/demo-directory';
import type { GraphClient, Reply } from './graph-client';
import { itemsPath } from './product-lists';
import type { WireBody } from './wire-body';

/** Raw-wire helpers for the governance lists: what a browser could send without the app. */

const fieldsOfPlan = async (graph: GraphClient, list: ListKey, planId: string) => {
  const reply = await graph.call('GET', `${itemsPath(list)}?expand=fields&$top=5000`);
  return (reply.body.value ?? []).map((item) => item.fields ?? {}).filter((fields) => fields['PlanId'] === planId);
};

/** The plan as the emulator holds it, read with the adapter's mappers (as the app would load it). */
export async function contentOf(graph: GraphClient, planId: string): Promise<PlanSnapshot> {
  const [plan] = await fieldsOfPlan(graph, 'plans', planId);
  if (!plan) throw new Error(`No plan ${planId}`);
  return {
    plan: planFromFields(plan),
    findings: (await fieldsOfPlan(graph, 'findings', planId)).map(findingFromFields),
    actions: (await fieldsOfPlan(graph, 'actions', planId)).map(actionFromFields),
    updates: [],
    members: (await fieldsOfPlan(graph, 'members', planId)).map(memberFromFields),
    signOffs: [],
  };
}

/** The hash a sign-off must carry now: the agency's actions for QA, else the whole plan. */
export async function hashNow(graph: GraphClient, planId: string, agency: AgencyKey | null = null): Promise<string> {
  const content = await contentOf(graph, planId);
  return agency === null ? contentHash(content) : contentHashForAgency(content, agency);
}

export const governanceAt = (
  planId: string,
  stage: ChainStageKey,
  overrides: Partial<Governance> = {},
): Governance => ({
  ...initialGovernance(planId as PlanId),
  stage,
  ...overrides,
});

let counter = 0;

export function aSignOff(
  planId: string,
  userId: string,
  role: Role,
  stage: StageKey,
  contentHashValue: string,
  agency: AgencyKey | null = null,
): SignOff {
  return {
    id: `sig-raw-${(counter += 1)}` as SignOffId,
    planId: planId as PlanId,
    stage,
    userId: userId as UserId,
    name: findPersona(userId)?.displayName ?? userId,
    role,
    agency,
    at: '2018-04-10T09:00:00.000Z' as IsoDateTime,
    decision: 'approve',
    comment: '',
    contentHash: contentHashValue,
  };
}

export function postSignOff(graph: GraphClient, signOff: SignOff, as: string = signOff.userId): Promise<Reply> {
  return graph.call('POST', itemsPath('signOffs'), { as, body: { fields: signOffToFields(signOff) } });
}

export function postGovernance(graph: GraphClient, g: Governance, as = 'u-dcs'): Promise<Reply> {
  return graph.call('POST', itemsPath('governance'), { as, body: { fields: governanceToFields(g) } });
}

export function patchGovernance(graph: GraphClient, item: WireBody, g: Governance, as = 'u-dcs'): Promise<Reply> {
  return graph.call('PATCH', `${itemsPath('governance')}/${String(item.id)}/fields`, {
    as,
    body: governanceToFields(g),
    headers: { 'If-Match': String(item.eTag) },
  });
}

/** Puts the plan's governance at a stage, as the DCS, so sign-offs can be tried against it. */
export async function putGovernanceAt(graph: GraphClient, planId: string, stage: ChainStageKey): Promise<WireBody> {
  const reply = await postGovernance(graph, governanceAt(planId, stage));
  if (reply.status !== 201) throw new Error(`Setting the stage failed: ${reply.status} ${reply.body.error?.message}`);
  return reply.body;
}
