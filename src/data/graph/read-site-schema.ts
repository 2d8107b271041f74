import type { FoundSite } from '../sharepoint/schema-comparison';
import { SCHEMA_VERSION_COLUMN, SETTINGS_ITEM_TITLE, SETTINGS_LIST } from '../sharepoint/site-settings-schema';
import { isStoreError } from '../store-error';
import { SUBMISSIONS_FOLDER, driveItemPath } from './drive-paths';
import type { GraphApi } from './graph-api';
import { itemsQueryPath } from './graph-paths';
import { asListItem, asPage } from './list-item';
import { followNextLinks } from './paging';
import { fetchSiteLists, type SiteList } from './site-lists';

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

/** Reads what the schema comparison needs: the lists with their columns, the recorded version, the folder. */
export async function readSiteSchema(api: GraphApi, siteId: string): Promise<FoundSite & { lists: SiteList[] }> {
  const [lists, submissionsFolder] = await Promise.all([
    fetchSiteLists(api, siteId),
    hasSubmissionsFolder(api, siteId),
  ]);
  return { lists, recorded: await readRecordedVersion(api, siteId, lists), submissionsFolder };
}
