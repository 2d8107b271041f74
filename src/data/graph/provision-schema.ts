import { LIST_KEYS, LISTS, type ColumnSpec, type ListSpec } from '../sharepoint/list-schema';
import { isStoreError } from '../store-error';
import { columnDefinition } from './column-definition';
import type { GraphApi } from './graph-api';
import { listPath, listsPath } from './graph-paths';
import type { ListIds } from './list-ids';
import { asPage } from './list-item';
import { followNextLinks } from './paging';
import { asSiteColumn, asSiteList, fetchSiteLists, type SiteColumn, type SiteList } from './site-lists';

async function fetchColumns(api: GraphApi, siteId: string, listId: string): Promise<SiteColumn[]> {
  const values = await followNextLinks(api, asPage(await api.get(`${listPath(siteId, listId)}/columns`)));
  return values.map(asSiteColumn);
}

/** Creates a list with all its columns; if another client created it first (409), uses theirs. */
async function createList(api: GraphApi, siteId: string, spec: ListSpec): Promise<SiteList> {
  const body = {
    displayName: spec.displayName,
    columns: spec.columns.map(columnDefinition),
    list: { template: 'genericList' },
  };
  try {
    const created = asSiteList(await api.post(listsPath(siteId), body));
    // Graph does not promise to echo the columns of a new list; read them to check indexing.
    const columns = created.columns.length > 0 ? created.columns : await fetchColumns(api, siteId, created.id);
    return { ...created, columns };
  } catch (error) {
    if (!isStoreError(error) || error.details.status !== 409) throw error;
    const lists = await fetchSiteLists(api, siteId);
    const theirs = lists.find((l) => l.displayName === spec.displayName);
    if (!theirs) throw error;
    return theirs;
  }
}

/** What an existing column lacks of its spec: an index, uniqueness. */
function missingSettings(column: ColumnSpec, existing: SiteColumn): Record<string, boolean> | null {
  const changes = {
    ...(column.indexed && !existing.indexed ? { indexed: true } : {}),
    ...(column.unique && !existing.unique ? { enforceUniqueValues: true } : {}),
  };
  return Object.keys(changes).length > 0 ? changes : null;
}

/** Adds the columns a list lacks and indexes the ones the schema filters on. */
async function reconcileColumns(api: GraphApi, siteId: string, list: SiteList, spec: ListSpec): Promise<void> {
  const columnsPath = `${listPath(siteId, list.id)}/columns`;
  for (const column of spec.columns) {
    const existing = list.columns.find((c) => c.name === column.name);
    const changes = existing ? missingSettings(column, existing) : null;
    if (!existing) {
      await api.post(columnsPath, columnDefinition(column));
    } else if (changes) {
      await api.patch(`${columnsPath}/${existing.id}`, changes);
    }
  }
}

/**
 * Brings the site's lists up to the schema. It only writes what is missing, so a second run
 * reads once and writes nothing.
 */
export async function provisionSchema(api: GraphApi, siteId: string, listIds: ListIds): Promise<void> {
  const found = await fetchSiteLists(api, siteId);
  const lists: SiteList[] = [];
  for (const key of LIST_KEYS) {
    const spec = LISTS[key];
    const list = found.find((l) => l.displayName === spec.displayName) ?? (await createList(api, siteId, spec));
    await reconcileColumns(api, siteId, list, spec);
    lists.push(list);
  }
  listIds.remember(lists);
}
