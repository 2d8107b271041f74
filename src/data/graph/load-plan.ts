import type { PlanId } from '../../domain/ids';
import type { GovernanceRecord } from '../../domain/workflow/governance-record';
import type { DuplicateItems, LoadedPlan } from '../plan-store.port';
import type { ListKey } from '../sharepoint/list-schema';
import { StoreError } from '../store-error';
import { BATCH_LIMIT, sendBatch, sendBatchOrThrow } from './batch';
import { exceedsListViewThreshold, itemsRequestPath, toVersioned } from './item-queries';
import { asListItem, asPage, creationOf, type ListItem } from './list-item';
import { actionCodec } from './mappers/action.mapper';
import { readBoolean } from './mappers/field-readers';
import { findingCodec } from './mappers/finding.mapper';
import { entryFromItem } from './mappers/governance-entry.mapper';
import { summaryFromFields } from './mappers/governance.mapper';
import { memberCodec } from './mappers/member.mapper';
import { planCodec } from './mappers/plan.mapper';
import { progressUpdateFromItem } from './mappers/progress-update.mapper';
import { membershipVersions } from './membership-versions';
import { followNextLinks } from './paging';
import { sortByOrder, sortByText, sortByTime } from './sort-entities';
import type { StoreContext } from './store-context';
import { firstOfEach } from './unique-items';

export const PLAN_LOAD_LISTS = [
  'plans',
  'findings',
  'actions',
  'updates',
  'members',
  'workflowEvents',
  'governance',
] as const satisfies readonly ListKey[];

/**
 * The first page of each list's items of a plan in one `$batch`, then any further pages list by
 * list. A list where the plan has more than 5,000 items is refused for SharePoint's list view
 * threshold (its PlanId condition selects too many); for progress updates it is then read action
 * by action (see `updatesActionByAction`), any other list fails.
 */
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
  const firstPages = await sendBatch(ctx.api, requests);
  const lists = await Promise.all(
    firstPages.map(async (result, i): Promise<ListItem[] | null> => {
      if (result.ok) return (await followNextLinks(ctx.api, asPage(result.body))).map(asListItem);
      if (keys[i] === 'updates' && keys.includes('actions') && exceedsListViewThreshold(result.error)) return null;
      throw result.error;
    }),
  );
  const tooMany = lists.findIndex((items) => items === null);
  if (tooMany >= 0) {
    const actions = lists[keys.indexOf('actions')] ?? [];
    lists[tooMany] = await updatesActionByAction(ctx, planId, ids.updates, actions);
  }
  return lists.map((items) => items ?? []);
}

/**
 * A plan's progress updates, asked for action by action: `ActionId` is indexed and an action has
 * far fewer than 5,000 updates, so each query's first condition stays under the threshold (PlanId
 * second keeps to the plan). The queries go 20 to a `$batch`, the batches at once, each following
 * its nextLinks. Updates of an action no longer in the plan are not found this way.
 */
async function updatesActionByAction(
  ctx: StoreContext,
  planId: PlanId,
  listId: string,
  actions: readonly ListItem[],
): Promise<ListItem[]> {
  const actionIds = [...new Set(actions.map((item) => item.fields.ActionId).filter((id) => typeof id === 'string'))];
  const requests = actionIds.map((actionId) => ({
    method: 'GET' as const,
    url: itemsRequestPath(ctx, 'updates', listId, { ActionId: actionId, PlanId: planId }),
  }));
  const chunks: (typeof requests)[] = [];
  for (let start = 0; start < requests.length; start += BATCH_LIMIT)
    chunks.push(requests.slice(start, start + BATCH_LIMIT));
  const bodies = (await Promise.all(chunks.map((chunk) => sendBatchOrThrow(ctx.api, chunk)))).flat();
  const pages = await Promise.all(bodies.map((body) => followNextLinks(ctx.api, asPage(body))));
  return pages.flat().map(asListItem);
}

/** The plan's governance entries as stored, each with SharePoint's stamps. */
export const entriesOf = (items: readonly ListItem[]) => items.map(entryFromItem).filter((e) => e !== null);

function creatorOf(planItem: ListItem): GovernanceRecord['createdBy'] {
  const { by, at } = creationOf(planItem);
  return by && at ? { userId: by.id, at } : null;
}

const flagged = (kind: DuplicateItems['kind'], found: ReturnType<typeof firstOfEach>): DuplicateItems[] =>
  found.duplicates.map((d) => ({ kind, ...d }));

export async function loadPlanItems(ctx: StoreContext, planId: PlanId): Promise<LoadedPlan> {
  const [plans = [], findings = [], actions = [], updates = [], members = [], entries = [], summaries = []] =
    await fetchPlanLists(ctx, planId, PLAN_LOAD_LISTS);
  const planItem = [...plans].sort((a, b) => Number(a.id) - Number(b.id))[0];
  if (!planItem)
    throw new StoreError('not-found', 'This plan no longer exists, or you no longer have access to it.', {
      code: 'planNotFound',
    });
  const [uniqueFindings, uniqueActions, uniqueMembers] = [
    firstOfEach(findings),
    firstOfEach(actions),
    firstOfEach(members),
  ];
  const loadedActions = sortByOrder(uniqueActions.kept.map((item) => toVersioned(actionCodec, item)));
  const current = uniqueMembers.kept.filter((item) => !readBoolean(item.fields, 'Removed'));
  return {
    plan: toVersioned(planCodec, planItem),
    findings: sortByOrder(uniqueFindings.kept.map((item) => toVersioned(findingCodec, item))),
    actions: loadedActions,
    updates: sortByTime(updates.map(progressUpdateFromItem)),
    members: sortByText(
      current.map((item) => toVersioned(memberCodec, item)),
      (m) => m.displayName,
    ),
    record: {
      planId,
      createdBy: creatorOf(planItem),
      entries: entriesOf(entries),
      memberships: await membershipVersions(ctx, uniqueMembers.kept),
    },
    summary: summaries.length > 0 ? summaryFromFields(firstOfEach(summaries).kept[0]!.fields) : null,
    duplicates: [
      ...flagged('plan', firstOfEach(plans)),
      ...flagged('finding', uniqueFindings),
      ...flagged('action', uniqueActions),
      ...flagged('member', uniqueMembers),
    ],
  };
}
