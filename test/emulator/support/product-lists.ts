import { LIST_KEYS, LISTS, type ColumnSpec, type ListKey } from '../../../src/data/sharepoint/list-schema';
import { findPersona } from '../../../src/emulator/seed/demo-directory';
import { SITE, type GraphClient, type Reply } from './graph-client';

const definition = (column: ColumnSpec) => ({
  name: column.name,
  ...(column.indexed ? { indexed: true } : {}),
  ...(column.unique ? { enforceUniqueValues: true } : {}),
  ...(column.kind === 'text' ? { text: { allowMultipleLines: false, maxLength: 255 } } : {}),
  ...(column.kind === 'note' ? { text: { allowMultipleLines: true } } : {}),
  ...(column.kind === 'number' ? { number: {} } : {}),
  ...(column.kind === 'boolean' ? { boolean: {} } : {}),
  ...(column.kind === 'choice' ? { choice: { choices: column.choices ?? [] } } : {}),
});

/** Creates the product's lists over the wire, as provisioning does in a tenant. */
export async function provisionProductLists(graph: GraphClient): Promise<void> {
  for (const key of LIST_KEYS) {
    const spec = LISTS[key];
    const reply = await graph.call('POST', `${SITE}/lists`, {
      body: { displayName: spec.displayName, columns: spec.columns.map(definition), list: { template: 'genericList' } },
    });
    if (reply.status !== 201) throw new Error(`Provisioning ${spec.displayName} failed: ${reply.status}`);
  }
}

export const itemsPath = (list: ListKey) => `${SITE}/lists/${encodeURIComponent(LISTS[list].displayName)}/items`;

export function addItem(
  graph: GraphClient,
  list: ListKey,
  fields: Record<string, unknown>,
  as = 'u-dcs',
): Promise<Reply> {
  return graph.call('POST', itemsPath(list), { as, body: { fields } });
}

export function patchItem(
  graph: GraphClient,
  list: ListKey,
  id: string,
  fields: Record<string, unknown>,
  as: string,
): Promise<Reply> {
  return graph.call('PATCH', `${itemsPath(list)}/${id}/fields`, { as, body: fields });
}

export function deleteItem(graph: GraphClient, list: ListKey, id: string, as: string): Promise<Reply> {
  return graph.call('DELETE', `${itemsPath(list)}/${id}`, { as });
}

/** The Members row for a demo persona, with the role and agency the directory gives them. */
export function memberFields(planId: string, userId: string, role?: string): Record<string, unknown> {
  const persona = findPersona(userId);
  if (!persona) throw new Error(`No persona ${userId}`);
  return {
    Title: `mem-${planId}-${userId}`,
    PlanId: planId,
    UserId: userId,
    DisplayName: persona.displayName,
    Role: role ?? persona.role,
    Agency: persona.agency ?? '',
  };
}

/** The ids of a test plan made over the wire by the DCS, with a police and a health action. */
export interface TestPlan {
  readonly planId: string;
  readonly planItemId: string;
  readonly policeActionId: string;
  readonly healthActionId: string;
}

const MEMBERS = [
  'u-dcs',
  'u-improvement-lead',
  'u-police-owner',
  'u-police-qa',
  'u-health-owner',
  'u-health-qa',
  'u-lead-member',
];

/** Provisions the lists, then the DCS starts a plan, joins it first and adds the team. */
export async function setUpPlan(graph: GraphClient, planId = 'plan-test'): Promise<TestPlan> {
  await provisionProductLists(graph);
  const plan = await addItem(graph, 'plans', {
    Title: planId,
    PlanId: planId,
    PlanTitle: 'Test plan',
    Stage: 'drafting',
  });
  for (const userId of MEMBERS) {
    const member = await addItem(graph, 'members', memberFields(planId, userId));
    if (member.status !== 201) throw new Error(`Adding ${userId} failed: ${member.body.error?.message}`);
  }
  const action = (n: string, agency: string) =>
    addItem(graph, 'actions', {
      Title: `act-${n}`,
      PlanId: planId,
      FindingId: 'fnd-1',
      Agency: agency,
      ActionText: `Action ${n}`,
      Status: 'not-started',
    });
  const police = await action('police-1', 'police');
  const health = await action('health-1', 'health');
  if (plan.status !== 201 || police.status !== 201 || health.status !== 201)
    throw new Error('Setting up the test plan failed.');
  return {
    planId,
    planItemId: String(plan.body.id),
    policeActionId: String(police.body.id),
    healthActionId: String(health.body.id),
  };
}
