import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { PlanId } from '../../../domain/ids';
import type { PlanChangeFeed, PlanChanges } from '../../plan-store.port';
import type { ListKey } from '../../sharepoint/list-schema';
import { sendBatch, sendBatchOrThrow, type BatchResult } from '../batch';
import { asReceived, receivedOrEmpty, type Received } from '../graph-payloads';
import { toVersionRelative } from '../paging';
import type { StoreContext } from '../store-context';

/**
 * A changed item: a `listItem`, or what is left of a deleted one. listitem-delta documents a
 * `deleted` facet, which the `listItem` type lacks; `@removed` is the form of other delta queries.
 */
type ChangedItem = Received<ListItem> & { readonly deleted?: unknown; readonly '@removed'?: unknown };

/** One delta page: its items and the link to read next (nextLink) or to keep (deltaLink). */
interface DeltaPage {
  readonly items: readonly ChangedItem[];
  readonly nextLink: string | null;
  readonly deltaLink: string | null;
}

function asDeltaPage(body: unknown): DeltaPage {
  const page = asReceived<{ value: unknown; '@odata.nextLink': string; '@odata.deltaLink': string }>(
    body,
    'a delta page',
  );
  const link = (name: '@odata.nextLink' | '@odata.deltaLink') => {
    const value = page[name];
    return typeof value === 'string' ? value : null;
  };
  const items = Array.isArray(page.value) ? page.value.map((v) => asReceived<ListItem>(v, 'a changed item')) : [];
  return { items, nextLink: link('@odata.nextLink'), deltaLink: link('@odata.deltaLink') };
}

/** `…/items/delta`, asking only for the PlanId of each changed item (it takes `$select`, `$expand`, `$top`). */
const deltaPath = (ctx: StoreContext, listId: string, token: string): string =>
  `/sites/${ctx.siteId}/lists/${listId}/items/delta?token=${token}&$expand=fields($select=PlanId)`;

/**
 * Whether a changed item concerns the plan. A deletion says no more than an id (the `deleted`
 * facet); the app deletes only findings, so one is counted as a change to be safe.
 */
function concernsPlan(item: ChangedItem, planId: PlanId): boolean {
  if (item.deleted !== undefined || item['@removed'] !== undefined) return true;
  return receivedOrEmpty<{ PlanId: string }>(item.fields).PlanId === planId;
}

/** A 410: the token can no longer be answered (expired, or the list was reset). */
const isGone = (result: BatchResult): boolean => !result.ok && result.error.details.status === 410;

/**
 * Watches a plan's lists with Graph's delta query (learn.microsoft.com/graph/api/listitem-delta):
 * the first look asks each list for `token=latest` (a deltaLink for now, no items); every later look
 * sends the kept deltaLinks in one `$batch`, follows any nextLink, and keeps the new deltaLinks.
 * Delta reports changes to the whole list, so items of other plans are passed over here.
 * A 410 on a list starts it again from `latest` and reports `restart`: the caller reloads the plan
 * rather than enumerate the list from the 410's Location.
 */
export function deltaFeed(ctx: StoreContext, planId: PlanId, lists: readonly ListKey[]): PlanChangeFeed {
  let links: string[] | null = null;

  const latestLinks = async (keys: readonly ListKey[]): Promise<string[]> => {
    const ids = await ctx.lists.all();
    const bodies = await sendBatchOrThrow(
      ctx.api,
      keys.map((key) => ({ method: 'GET' as const, url: deltaPath(ctx, ids[key], 'latest') })),
    );
    return bodies.map((body) => keptLink(asDeltaPage(body)));
  };

  const keptLink = (page: DeltaPage): string => {
    if (!page.deltaLink) throw new Error('A delta page for now came without a deltaLink.');
    return toVersionRelative(page.deltaLink, ctx.api.version);
  };

  /** Reads the rest of a list's changes after its first page; returns whether any concern the plan, and the link to keep. */
  const readOn = async (first: DeltaPage): Promise<{ changed: boolean; link: string }> => {
    let page = first;
    let changed = page.items.some((item) => concernsPlan(item, planId));
    while (page.nextLink) {
      page = asDeltaPage(await ctx.api.get(toVersionRelative(page.nextLink, ctx.api.version)));
      changed ||= page.items.some((item) => concernsPlan(item, planId));
    }
    return { changed, link: keptLink(page) };
  };

  return {
    async poll(): Promise<PlanChanges> {
      if (!links) {
        links = await latestLinks(lists);
        return 'none';
      }
      const current = links;
      const results = await sendBatch(
        ctx.api,
        current.map((url) => ({ method: 'GET' as const, url })),
      );
      const gone = lists.filter((_, i) => isGone(results[i]!));
      const fresh = gone.length > 0 ? await latestLinks(gone) : [];
      let changed = false;
      const next: string[] = [];
      for (const [i, result] of results.entries()) {
        if (isGone(result)) next.push(fresh[gone.indexOf(lists[i]!)]!);
        else if (!result.ok) throw result.error;
        else {
          const read = await readOn(asDeltaPage(result.body));
          changed ||= read.changed;
          next.push(read.link);
        }
      }
      links = next;
      if (gone.length > 0) return 'restart';
      return changed ? 'changed' : 'none';
    },
  };
}
