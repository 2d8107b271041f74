import { LISTS, type ListKey } from '../sharepoint/list-schema';
import type { GraphApi } from './graph-api';
import { createListIds, type ListIds } from './list-ids';
import type { SiteList } from './site-lists';

/** What the store's operations share: one connection, one site, and what they have learnt. */
export interface StoreContext {
  readonly api: GraphApi;
  readonly siteId: string;
  readonly lists: ListIds;
  /** `$top` of item queries. */
  readonly pageSize: number;
  /** `list:domainId` of creates whose outcome is unknown (the request failed), to look up before posting again. */
  readonly unconfirmedCreates: Set<string>;
}

/** The schema's columns of a list: what item queries select. */
export const columnsOf = (key: ListKey): readonly string[] => LISTS[key].columns.map((c) => c.name);

/** The largest page SharePoint serves (its list view threshold), so a plan loads in one page per list. */
export const MAX_PAGE_SIZE = 5000;

/**
 * A context for one Graph connection to one site; `pageSize` is kept within SharePoint's 1 to 5,000.
 * `knownLists` are the site's lists as start-up read them, so their ids are not looked up again.
 */
export function createStoreContext(
  api: GraphApi,
  siteId: string,
  pageSize = MAX_PAGE_SIZE,
  knownLists?: Promise<readonly SiteList[] | null>,
): StoreContext {
  return {
    api,
    siteId,
    lists: createListIds(api, siteId, knownLists),
    pageSize: Math.min(Math.max(1, Math.floor(pageSize)), MAX_PAGE_SIZE),
    unconfirmedCreates: new Set(),
  };
}
