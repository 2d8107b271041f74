import type { PlanId } from '../../domain/ids';
import type { LoadedPlan } from '../plan-store.port';
import type { ListKey } from '../sharepoint/list-schema';
import { StoreError } from '../store-error';
import { rememberActionAgencies } from './action-agency';
import { sendBatchOrThrow } from './batch';
import { itemsRequestPath, toVersioned } from './item-queries';
import { asListItem, asPage, type ListItem } from './list-item';
import { actionCodec } from './mappers/action.mapper';
import { findingCodec } from './mappers/finding.mapper';
import { memberCodec } from './mappers/member.mapper';
import { planCodec } from './mappers/plan.mapper';
import { progressUpdateFromFields } from './mappers/progress-update.mapper';
import { signOffFromFields } from './mappers/sign-off.mapper';
import { loadedGovernance } from './load-governance';
import { followNextLinks } from './paging';
import { sortByOrder, sortByText, sortByTime } from './sort-entities';
import type { StoreContext } from './store-context';

const PLAN_LISTS = [
  'plans',
  'findings',
  'actions',
  'updates',
  'members',
  'signOffs',
  'governance',
  'workflowEvents',
] as const satisfies readonly ListKey[];

/** The first page of each list's items of a plan in one `$batch`, then any further pages list by list. */
export async function fetchPlanLists(
  ctx: StoreContext,
  planId: PlanId,
  keys: readonly ListKey[],
): Promise<ListItem[][]> {
  const ids = await ctx.lists.all();
  const requests = keys.map((key) => ({
    method: 'GET' as const,
    url: itemsRequestPath(ctx, key, ids[key], { PlanId: planId }),
  }));
  const firstPages = await sendBatchOrThrow(ctx.api, requests);
  const lists = await Promise.all(firstPages.map((body) => followNextLinks(ctx.api, asPage(body))));
  return lists.map((values) => values.map(asListItem));
}

export async function loadPlanItems(ctx: StoreContext, planId: PlanId): Promise<LoadedPlan> {
  const [
    plans = [],
    findings = [],
    actions = [],
    updates = [],
    members = [],
    signOffs = [],
    governance = [],
    events = [],
  ] = await fetchPlanLists(ctx, planId, PLAN_LISTS);
  const planItem = plans[0];
  if (!planItem)
    throw new StoreError('not-found', 'This plan no longer exists, or you no longer have access to it.', {
      code: 'planNotFound',
    });
  const signedOff = signOffs.map((item) => signOffFromFields(item.fields));
  const loadedActions = sortByOrder(actions.map((item) => toVersioned(actionCodec, item)));
  rememberActionAgencies(
    ctx,
    loadedActions.map((a) => a.value),
  );
  return {
    plan: toVersioned(planCodec, planItem),
    findings: sortByOrder(findings.map((item) => toVersioned(findingCodec, item))),
    actions: loadedActions,
    updates: sortByTime(updates.map((item) => progressUpdateFromFields(item.fields))),
    members: sortByText(
      members.map((item) => toVersioned(memberCodec, item)),
      (m) => m.displayName,
    ),
    signOffs: sortByTime(signedOff),
    governance: loadedGovernance(planId, governance[0], signedOff, events),
  };
}
