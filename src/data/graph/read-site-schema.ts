import type { ColumnDefinition, List, TextColumn } from '@microsoft/microsoft-graph-types';
import type { FoundList, FoundSite } from '../sharepoint/schema-comparison';
import { SCHEMA_VERSION_COLUMN, SETTINGS_ITEM_TITLE, SETTINGS_LIST } from '../sharepoint/site-settings-schema';
import { isStoreError } from '../store-error';
import { SUBMISSIONS_FOLDER, driveItemPath } from './drive-paths';
import type { GraphApi } from './graph-api';
import { itemsQueryPath, listsPath } from './graph-paths';
import { asReceived, receivedOrEmpty } from './graph-payloads';
import { asListItem, asPage } from './list-item';
import { followNextLinks, getAllPages } from './paging';
import { asSiteList, type SiteList } from './site-lists';

/** A list as set-up compares it: its columns also say their text type. */
type SchemaList = SiteList & FoundList;

/** The `textType` of a column's text facet (`plain` or `richText`), if Graph reports one. */
function textTypeOf(column: unknown): string | undefined {
  const { textType } = receivedOrEmpty<TextColumn>(asReceived<ColumnDefinition>(column, 'a column').text);
  return typeof textType === 'string' ? textType : undefined;
}

/** Every list with its columns (as `fetchSiteLists` reads them), keeping each text column's type. */
async function fetchSchemaLists(api: GraphApi, siteId: string): Promise<SchemaList[]> {
  const values = await getAllPages(api, `${listsPath(siteId)}?$expand=columns`);
  return values.map((value) => {
    const list = asSiteList(value);
    const raw = asReceived<List>(value, 'a list').columns;
    const rawColumns: readonly unknown[] = Array.isArray(raw) ? raw : [];
    const columns = list.columns.map((column, index) => {
      const textType = textTypeOf(rawColumns[index]);
      return textType === undefined ? column : { ...column, textType };
    });
    return { ...list, columns };
  });
}

/** The settings item that records the site's schema version, if the site has one. */
async function readRecordedVersion(api: GraphApi, siteId: string, lists: readonly SiteList[]) {
  const settings = lists.find((l) => l.displayName === SETTINGS_LIST.displayName);
  if (!settings) return null;
  const path = itemsQueryPath(siteId, settings.id, { select: [SCHEMA_VERSION_COLUMN], top: 100 });
  const items = (await followNextLinks(api, asPage(await api.get(path)))).map(asListItem);
  const item = items.find((i) => i.fields['Title'] === SETTINGS_ITEM_TITLE);
  const version = item?.fields[SCHEMA_VERSION_COLUMN];
  return item && typeof version === 'number' ? { version, itemId: item.id } : null;
}

async function hasSubmissionsFolder(api: GraphApi, siteId: string): Promise<boolean> {
  try {
    await api.get(driveItemPath(siteId, [SUBMISSIONS_FOLDER]));
    return true;
  } catch (error) {
    if (isStoreError(error) && error.kind === 'not-found') return false;
    throw error;
  }
}

/**
 * Reads what the schema comparison needs: the lists with their columns (and text types), the
 * recorded version, the folder.
 */
export async function readSiteSchema(api: GraphApi, siteId: string): Promise<FoundSite & { lists: SchemaList[] }> {
  const [lists, submissionsFolder] = await Promise.all([
    fetchSchemaLists(api, siteId),
    hasSubmissionsFolder(api, siteId),
  ]);
  return { lists, recorded: await readRecordedVersion(api, siteId, lists), submissionsFolder };
}
