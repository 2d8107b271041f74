import { LISTS, type ListKey } from '../../data/sharepoint/list-schema';

/**
 * A column name taken from the list schema. Throws when the module loads if the schema no
 * longer has it, so the permission plan cannot drift silently from the lists it guards.
 */
function column(list: ListKey, name: string): string {
  if (!LISTS[list].columns.some((c) => c.name === name)) {
    throw new Error(`The permission plan expects column ${name} on ${LISTS[list].displayName}.`);
  }
  return name;
}

/** Every item's Title holds the domain id of its entity. */
export const TITLE = 'Title';

export const PLAN_COLUMNS = { planId: column('plans', 'PlanId'), agencies: column('plans', 'AgenciesJson') } as const;
export const FINDING_COLUMNS = { planId: column('findings', 'PlanId') } as const;
export const ACTION_COLUMNS = { planId: column('actions', 'PlanId'), agency: column('actions', 'Agency') } as const;
export const UPDATE_COLUMNS = {
  planId: column('updates', 'PlanId'),
  actionId: column('updates', 'ActionId'),
  agency: column('updates', 'Agency'),
  authorId: column('updates', 'AuthorId'),
} as const;
export const MEMBER_COLUMNS = {
  planId: column('members', 'PlanId'),
  userId: column('members', 'UserId'),
  role: column('members', 'Role'),
  agency: column('members', 'Agency'),
} as const;
export const SIGN_OFF_COLUMNS = {
  planId: column('signOffs', 'PlanId'),
  userId: column('signOffs', 'UserId'),
  role: column('signOffs', 'Role'),
  agency: column('signOffs', 'Agency'),
} as const;
export const GOVERNANCE_COLUMNS = {
  planId: column('governance', 'PlanId'),
  sequence: column('governance', 'Sequence'),
  stage: column('governance', 'Stage'),
} as const;
export const NOTIFICATION_COLUMNS = {
  planId: column('notifications', 'PlanId'),
  recipientId: column('notifications', 'RecipientId'),
  senderId: column('notifications', 'SenderId'),
  read: column('notifications', 'Read'),
} as const;
export const WORKFLOW_EVENT_COLUMNS = {
  planId: column('workflowEvents', 'PlanId'),
  actorUserId: column('workflowEvents', 'ActorUserId'),
} as const;
