import type { PlanId } from '../../../domain/ids';
import type { PlanChangeFeed, PlanChanges } from '../../plan-store.port';
import type { ListKey } from '../../sharepoint/list-schema';
import { sendBatchOrThrow } from '../batch';
import { fieldsEqual, itemsPath, odataString } from '../graph-paths';
import { asListItem, asPage } from '../list-item';
import { followNextLinks } from '../paging';
import type { StoreContext } from '../store-context';
import { isStoreError } from '../../store-error';

/**
 * SharePoint keeps Modified to the second, and clocks of the browser and the service differ: each
 * look asks again for a margin before the latest change it has seen, and passes over what it saw.
 */
const OVERLAP_MS = 2 * 60 * 1000;
/** The first look starts this long before the browser's clock says it is now. */
const FIRST_LOOK_BACK_MS = 60 * 60 * 1000;

/**
 * The filter starts with Modified: on a list of more than 5,000 items SharePoint serves a query only
 * if its first condition is on an indexed column and selects at most 5,000 items, and a plan with
 * years of progress updates has more than 5,000 items with its PlanId, while few items anywhere in
 * the list were modified since the last look. Set-up indexes the built-in Modified column of the
 * lists watched here (`indexedBuiltIns` in list-schema.ts); PlanId, second, keeps to the plan.
 *
 * On a site not set up again since (Modified not indexed), a list of up to 5,000 items still
 * answers, as the header lets Graph filter on a column that is not indexed
 * (learn.microsoft.com/graph/api/listitem-list, "Prefer: HonorNonIndexedQueriesWarningMayFailRandomly");
 * a larger one is refused, as it would be with PlanId first when the plan has more than 5,000 items
 * there, so putting Modified first is no worse. Even indexed, a look is refused while more than
 * 5,000 items of one large list were modified since the look's starting point (a bulk import into
 * the list): the feed then starts again from a little before now and answers `restart`, so the plan
 * is loaded again (the load pages through any number of items). A second refusal in a row (Modified
 * not indexed, or the import still running) fails the look, as any failed look does.
 */
const NON_INDEXED_OK = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

/** SharePoint's refusal of a query past the list view threshold (see emulator/graph/list-view-threshold.ts). */
const isThresholdRefusal = (error: unknown): boolean => isStoreError(error) && error.details.code === 'notSupported';

/**
 * Watches a plan's lists where delta is not offered: every look asks each list, in one `$batch`,
 * for the plan's items modified since shortly before the latest change already seen. Deletions
 * are not seen this way; they show at the next load of the plan.
 */
export function modifiedFeed(
  ctx: StoreContext,
  planId: PlanId,
  lists: readonly ListKey[],
  now: () => Date = () => new Date(),
): PlanChangeFeed {
  let since = now().getTime() - FIRST_LOOK_BACK_MS;
  /** `itemId@modified` of every change seen at or after `since`. */
  let seen = new Set<string>();
  let started = false;

  const query = (listId: string): string => {
    const filter = `fields/Modified ge ${odataString(new Date(since).toISOString())} and ${fieldsEqual({ PlanId: planId })}`;
    return `${itemsPath(ctx.siteId, listId)}?$expand=fields($select=PlanId)&$filter=${encodeURIComponent(filter)}&$top=${ctx.pageSize}`;
  };

  /** Whether the last look was refused for the list view threshold. */
  let refusedLast = false;
  /** Each list's first page, or null when SharePoint refused the look for the threshold once. */
  const look = async (): Promise<unknown[] | null> => {
    const ids = await ctx.lists.all();
    try {
      return await sendBatchOrThrow(
        ctx.api,
        lists.map((key) => ({ method: 'GET' as const, url: query(ids[key]), headers: NON_INDEXED_OK })),
      );
    } catch (error) {
      if (!isThresholdRefusal(error) || refusedLast) throw error;
      return null;
    }
  };

  return {
    async poll(): Promise<PlanChanges> {
      const bodies = await look();
      const first = !started;
      refusedLast = bodies === null;
      if (bodies === null) {
        since = now().getTime() - OVERLAP_MS;
        seen = new Set();
        started = true;
        return first ? 'none' : 'restart';
      }
      const pages = await Promise.all(bodies.map((body) => followNextLinks(ctx.api, asPage(body))));
      const changes = pages.flat().map((raw) => {
        const item = asListItem(raw);
        return { key: `${item.id}@${item.stamps.modifiedAt ?? ''}`, at: Date.parse(item.stamps.modifiedAt ?? '') };
      });
      const unseen = changes.filter((c) => !seen.has(c.key));
      const latest = Math.max(since + OVERLAP_MS, ...changes.map((c) => c.at).filter(Number.isFinite));
      since = latest - OVERLAP_MS;
      seen = new Set(changes.filter((c) => c.at >= since).map((c) => c.key));
      started = true;
      return !first && unseen.length > 0 ? 'changed' : 'none';
    },
  };
}
