import { LIST_KEYS, LISTS, type ListKey } from '../sharepoint/list-schema';
import { StoreError } from '../store-error';
import type { GraphApi } from './graph-api';
import { fetchListNames, type SiteList } from './site-lists';

export type ListIdMap = Readonly<Record<ListKey, string>>;

/** The ids of the product's lists on one site, looked up by display name once and kept. */
export interface ListIds {
  all(): Promise<ListIdMap>;
  id(key: ListKey): Promise<string>;
  /** Takes the ids from lists already fetched (provisioning reads them anyway). */
  remember(lists: readonly SiteList[]): void;
}

function idsFrom(lists: readonly SiteList[]): ListIdMap {
  const entries = LIST_KEYS.map((key) => {
    const list = lists.find((l) => l.displayName === LISTS[key].displayName);
    if (!list) {
      throw new StoreError(
        'not-found',
        `The "${LISTS[key].displayName}" list is missing from this site. Ask a plan admin to set up the site.`,
        {
          code: 'listNotFound',
        },
      );
    }
    return [key, list.id] as const;
  });
  return Object.fromEntries(entries) as Record<ListKey, string>;
}

/** Whether every product list is among `lists`. */
const hasEvery = (lists: readonly SiteList[]): boolean =>
  LIST_KEYS.every((key) => lists.some((l) => l.displayName === LISTS[key].displayName));

/**
 * `known` is the site's lists as start-up read them (with the site itself): when they hold every
 * product list, no lookup of its own is made. Otherwise (or when that read failed) the lists are
 * looked up here, so a missing list is reported by `all()`, not by start-up.
 */
export function createListIds(api: GraphApi, siteId: string, known?: Promise<readonly SiteList[] | null>): ListIds {
  let startUp = known?.catch(() => null) ?? null;
  let cached: Promise<ListIdMap> | null = null;
  const lookUp = async (): Promise<ListIdMap> => {
    const read = await startUp;
    startUp = null;
    return idsFrom(read && hasEvery(read) ? read : await fetchListNames(api, siteId));
  };
  const all = (): Promise<ListIdMap> => {
    // Concurrent callers share one lookup; a failed lookup is forgotten so the next call retries.
    cached ??= lookUp().catch((error: unknown) => {
      cached = null;
      throw error;
    });
    return cached;
  };
  return {
    all,
    id: async (key) => (await all())[key],
    remember: (lists) => {
      cached = Promise.resolve(idsFrom(lists));
    },
  };
}
