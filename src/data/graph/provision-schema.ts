import type { DriveItem, List, ListItem } from '@microsoft/microsoft-graph-types';
import { SCHEMA_VERSION } from '../sharepoint/list-schema';
import {
  compareSchema,
  noteColumnsOn,
  type ColumnChanges,
  type ListToCreate,
  type SchemaStep,
} from '../sharepoint/schema-comparison';
import { SCHEMA_VERSION_COLUMN, SETTINGS_ITEM_TITLE, SETTINGS_LIST } from '../sharepoint/site-settings-schema';
import { isStoreError } from '../store-error';
import { columnDefinition } from './column-definition';
import { SUBMISSIONS_FOLDER } from './drive-paths';
import type { GraphApi } from './graph-api';
import { itemsPath, listPath, listsPath } from './graph-paths';
import type { ListIds } from './list-ids';
import { asPage, type FieldValues } from './list-item';
import { followNextLinks } from './paging';
import { readSiteSchema } from './read-site-schema';
import { asSiteColumn, asSiteList, fetchSiteLists, type SiteList } from './site-lists';

async function fetchColumns(api: GraphApi, siteId: string, listId: string) {
  const values = await followNextLinks(api, asPage(await api.get(`${listPath(siteId, listId)}/columns`)));
  return values.map(asSiteColumn);
}

const isConflict = (error: unknown) => isStoreError(error) && error.details.status === 409;

/** Creates a list with all its columns; if another client created it first (409), uses theirs. */
async function createList(api: GraphApi, siteId: string, spec: ListToCreate): Promise<SiteList> {
  const body: List = {
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
    if (!isConflict(error)) throw error;
    const theirs = (await fetchSiteLists(api, siteId)).find((l) => l.displayName === spec.displayName);
    if (!theirs) throw error;
    return theirs;
  }
}

/**
 * Indexes the built-in columns (Modified) the list is to have indexed: SharePoint puts them on
 * every list unindexed, so they are never created, only changed. Graph updates any property of a
 * list's column but its id with `PATCH /sites/{site-id}/lists/{list-id}/columns/{column-id}`, in
 * every national cloud (learn.microsoft.com/graph/api/columndefinition-update).
 */
async function indexBuiltIns(api: GraphApi, siteId: string, list: SiteList, spec: ListToCreate): Promise<void> {
  const names: readonly string[] = spec.indexedBuiltIns ?? [];
  if (names.length === 0) return;
  const listed = names.every((name) => list.columns.some((c) => c.name === name));
  const columns = listed ? list.columns : await fetchColumns(api, siteId, list.id);
  const index: ColumnChanges = { indexed: true };
  for (const column of columns.filter((c) => names.includes(c.name) && !c.indexed))
    await api.patch(`${listPath(siteId, list.id)}/columns/${column.id}`, index);
}

/** A column another client added meanwhile (409) is as good as ours. */
async function addColumn(api: GraphApi, siteId: string, step: Extract<SchemaStep, { kind: 'add-column' }>) {
  try {
    await api.post(`${listPath(siteId, step.listId)}/columns`, columnDefinition(step.column));
  } catch (error) {
    if (!isConflict(error)) throw error;
  }
}

/** The library's submissions folder; one that appeared meanwhile (409) is kept. */
async function createFolder(api: GraphApi, siteId: string, name: string) {
  try {
    const folder: DriveItem & { readonly '@microsoft.graph.conflictBehavior': 'fail' } = {
      name,
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    };
    await api.post(`/sites/${siteId}/drive/root/children`, folder);
  } catch (error) {
    if (!isConflict(error)) throw error;
  }
}

/** Writes the version into the settings item (creating it the first time). */
async function recordVersion(api: GraphApi, siteId: string, step: Extract<SchemaStep, { kind: 'record-version' }>) {
  const settings = (await fetchSiteLists(api, siteId)).find((l) => l.displayName === SETTINGS_LIST.displayName);
  if (!settings)
    throw new Error(`The "${SETTINGS_LIST.displayName}" list should exist before the version is recorded.`);
  const fields: FieldValues = { Title: SETTINGS_ITEM_TITLE, [SCHEMA_VERSION_COLUMN]: step.to };
  const item: ListItem = { fields };
  if (step.itemId === null) await api.post(itemsPath(siteId, settings.id), item);
  else await api.patch(`${itemsPath(siteId, settings.id)}/${step.itemId}/fields`, fields);
}

/** Runs one step of the comparison against the site. */
export async function applySchemaStep(api: GraphApi, siteId: string, step: SchemaStep): Promise<void> {
  switch (step.kind) {
    case 'create-list':
      await indexBuiltIns(api, siteId, await createList(api, siteId, step.list), step.list);
      return;
    case 'add-column':
      return addColumn(api, siteId, step);
    case 'change-column':
      // The same PATCH indexes a built-in column (Modified) a site set up by an earlier version lacks.
      await api.patch(`${listPath(siteId, step.listId)}/columns/${step.columnId}`, step.changes);
      // Only once the column is plain can its values be written back as plain text.
      if (step.changes.text) await (await valueRewriter())(api, siteId, step.listId, [step.columnName]);
      return;
    case 'create-folder':
      return createFolder(api, siteId, step.name);
    case 'record-version':
      return recordVersion(api, siteId, step);
  }
}

/**
 * Brings the site up to the schema: lists, columns, indexes, the submissions folder and the
 * recorded schema version; a column put back to plain text has its values written back as plain
 * text too. Upgrading a site that records an older version also writes back, in every multi-line
 * column, the values an earlier build's set-up left as HTML (it switched columns back to plain but
 * not their values); this runs before the version is recorded, so an interrupted upgrade is
 * finished by the next run. It only writes what is missing, so a second run writes nothing.
 */
export async function provisionSchema(
  api: GraphApi,
  siteId: string,
  listIds: ListIds,
  onStep: (step: SchemaStep, index: number, total: number) => void = () => undefined,
): Promise<number> {
  const found = await readSiteSchema(api, siteId);
  const { steps } = compareSchema(found, SCHEMA_VERSION, SUBMISSIONS_FOLDER);
  for (const [index, step] of steps.entries()) {
    onStep(step, index, steps.length);
    if (step.kind === 'record-version' && step.from !== null) {
      for (const { listId, columns } of noteColumnsOn(found))
        await (
          await valueRewriter()
        )(api, siteId, listId, columns);
    }
    await applySchemaStep(api, siteId, step);
  }
  listIds.remember(steps.length === 0 ? found.lists : await fetchSiteLists(api, siteId));
  return steps.length;
}

/** The rich-text value rewriter, loaded only on the rare set-up that needs it (not in the first view). */
const valueRewriter = async () =>
  (await import(/* webpackChunkName: "plain-text-values" */ './plain-text-values')).rewriteRichTextValues;
