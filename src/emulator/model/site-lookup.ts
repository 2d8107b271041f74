import { EMULATOR_SITE } from '../emulator-site';
import { notFound } from '../http/graph-error';
import type { ColumnRecord, ItemRecord, ListRecord, SiteState } from './list-model';

/** Graph addresses a list by its id or by its title (case-insensitively, as SharePoint does). */
export function findList(site: SiteState, idOrTitle: string): ListRecord | undefined {
  const title = idOrTitle.toLowerCase();
  return site.lists.find((l) => l.id === idOrTitle) ?? site.lists.find((l) => l.displayName.toLowerCase() === title);
}

export function requireList(site: SiteState, idOrTitle: string): ListRecord {
  const list = findList(site, idOrTitle);
  if (!list) throw notFound(`List '${idOrTitle}' does not exist at site with URL '${EMULATOR_SITE.webUrl}'.`);
  return list;
}

export function requireItem(list: ListRecord, itemId: string): ItemRecord {
  const item = /^\d+$/.test(itemId) ? list.items.get(Number(itemId)) : undefined;
  if (!item) throw notFound(`Item '${itemId}' was not found in list '${list.displayName}'.`);
  return item;
}

/** A column by id or by name. */
export function requireColumn(list: ListRecord, idOrName: string): ColumnRecord {
  const column = list.columns.find((c) => c.id === idOrName) ?? list.columns.find((c) => c.name === idOrName);
  if (!column) throw notFound(`Column '${idOrName}' does not exist in list '${list.displayName}'.`);
  return column;
}
