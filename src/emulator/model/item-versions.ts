import type { ItemRecord, ItemVersionRecord } from './list-model';

/**
 * SharePoint Online keeps the most recent 50 major versions of a list item by default and drops
 * the oldest beyond that (libraries keep 500; see `drive-model.ts`).
 */
export const MAX_ITEM_VERSIONS = 50;

/** The one version an item has when nothing recorded its history: itself as it is now. */
export const currentAsVersion = (item: Omit<ItemRecord, 'versions'>): ItemVersionRecord => ({
  label: item.version,
  modified: item.modified,
  editorId: item.editorId,
  fields: item.fields,
});

/** Adds the item's current state as its newest version, keeping at most the most recent 50. */
export function recordVersion(item: ItemRecord): void {
  item.versions.push(currentAsVersion(item));
  if (item.versions.length > MAX_ITEM_VERSIONS) item.versions.splice(0, item.versions.length - MAX_ITEM_VERSIONS);
}

/** Graph's version id for a major version, e.g. `3.0`. */
export const versionId = (version: ItemVersionRecord): string => `${version.label}.0`;
