import type { Versioned } from '../plan-store.port';
import type { ListKey } from '../sharepoint/list-schema';
import type { StoreError } from '../store-error';
import { fieldsEqual, itemQueryPath, itemsQueryPath } from './graph-paths';
import { asListItem, asPage, creationOf, lastChangeOf, type ListItem } from './list-item';
import type { EntityCodec } from './mappers/entity-codec';
import { followNextLinks } from './paging';
import { columnsOf, type StoreContext } from './store-context';
import { encodeVersion } from './store-version';

/**
 * Conditions on indexed columns only: Graph refuses a filter on any other. On a list of more than
 * 5,000 items SharePoint also refuses a filter whose first condition selects more than 5,000 of
 * them, so the most selective column comes first (conditions are sent in the order written).
 */
export type IndexedFilter = Readonly<Record<string, string>>;

/**
 * Whether SharePoint refused a query for its list view threshold. Graph has reported it as 400
 * `notSupported` "…uses too many resources" (UiPath, "Working with SharePoint lists") and with
 * SharePoint's own "…exceeds the list view threshold" text; asking again gives the same answer.
 */
export function exceedsListViewThreshold(error: StoreError): boolean {
  return error.details.code === 'notSupported' || /list view threshold|uses too many resources/i.test(error.message);
}

export function itemsRequestPath(ctx: StoreContext, key: ListKey, listId: string, filter?: IndexedFilter): string {
  return itemsQueryPath(ctx.siteId, listId, {
    select: columnsOf(key),
    ...(filter ? { filter: fieldsEqual(filter) } : {}),
    top: ctx.pageSize,
  });
}

/** Every item of a list matching the filter, across all pages. */
export async function queryItems(ctx: StoreContext, key: ListKey, filter?: IndexedFilter): Promise<ListItem[]> {
  const listId = await ctx.lists.id(key);
  const first = asPage(await ctx.api.get(itemsRequestPath(ctx, key, listId, filter)));
  const values = await followNextLinks(ctx.api, first);
  return values.map(asListItem);
}

export async function readItem(ctx: StoreContext, key: ListKey, itemId: string): Promise<ListItem> {
  const listId = await ctx.lists.id(key);
  return asListItem(await ctx.api.get(itemQueryPath(ctx.siteId, listId, itemId, columnsOf(key))));
}

export function toVersioned<T>(codec: EntityCodec<T>, item: ListItem): Versioned<T> {
  const changed = lastChangeOf(item);
  const added = creationOf(item);
  return {
    value: codec.fromItem ? codec.fromItem(item) : codec.fromFields(item.fields),
    version: encodeVersion({ itemId: item.id, eTag: item.eTag }),
    ...(changed.by && {
      changedBy: { userId: changed.by.id, name: changed.by.name, ...(changed.at && { at: changed.at }) },
    }),
    ...(added.by && added.at && { addedBy: { userId: added.by.id, name: added.by.name, at: added.at } }),
  };
}

export async function queryVersioned<T>(
  ctx: StoreContext,
  codec: EntityCodec<T>,
  filter?: IndexedFilter,
): Promise<Versioned<T>[]> {
  const items = await queryItems(ctx, codec.list, filter);
  return items.map((item) => toVersioned(codec, item));
}
