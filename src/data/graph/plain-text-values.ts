import { isRichTextValue, plainTextOfRichText } from '../sharepoint/rich-text-value';
import { isStoreError } from '../store-error';
import type { GraphApi } from './graph-api';
import { itemPath, itemQueryPath, itemsQueryPath } from './graph-paths';
import { asListItem, asPage, type FieldValues, type ListItem } from './list-item';
import { followNextLinks } from './paging';

/** Items read per page while looking for wrapped values. */
const PAGE_SIZE = 100;

/** The plain text of each of the item's values that is wrapped rich text and converts exactly. */
function plainTextsOf(item: ListItem, columns: readonly string[]): FieldValues | undefined {
  const texts: FieldValues = {};
  for (const column of columns) {
    const value = item.fields[column];
    const text = typeof value === 'string' && isRichTextValue(value) ? plainTextOfRichText(value) : undefined;
    if (text !== undefined) texts[column] = text;
  }
  return Object.keys(texts).length > 0 ? texts : undefined;
}

/**
 * Writes one item's values back as plain text, over the revision read (`If-Match`). If the item
 * changed meanwhile (412), it is read again and written only if a value is still wrapped.
 */
async function rewriteItem(api: GraphApi, siteId: string, listId: string, columns: readonly string[], item: ListItem) {
  const texts = plainTextsOf(item, columns);
  if (!texts) return 0;
  const path = itemPath(siteId, listId, item.id);
  try {
    await api.patch(`${path}/fields`, texts, item.eTag);
    return 1;
  } catch (error) {
    if (!isStoreError(error) || error.details.status !== 412) throw error;
    const current = asListItem(await api.get(itemQueryPath(siteId, listId, item.id, columns)));
    const again = plainTextsOf(current, columns);
    if (!again) return 0;
    await api.patch(`${path}/fields`, again, current.eTag);
    return 1;
  }
}

/**
 * Puts multi-line columns' values back to the text they were written as, once the columns are
 * plain text again: changing a column's type leaves stored values as they are, so what was
 * written while it was rich text stays HTML, and the app refuses to read HTML where it keeps JSON.
 * Every item of the list is read, page by page; only items with a wrapped value that converts
 * exactly are written, one PATCH each, so a second run writes nothing. Returns how many were written.
 */
export async function rewriteRichTextValues(
  api: GraphApi,
  siteId: string,
  listId: string,
  columns: readonly string[],
): Promise<number> {
  if (columns.length === 0) return 0;
  const first = asPage(await api.get(itemsQueryPath(siteId, listId, { select: columns, top: PAGE_SIZE })));
  const items = (await followNextLinks(api, first)).map(asListItem);
  let written = 0;
  for (const item of items) written += await rewriteItem(api, siteId, listId, columns, item);
  return written;
}
