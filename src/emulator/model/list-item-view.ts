import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../emulator-site';
import { findPersona } from '../seed/demo-directory';
import type { ItemRecord, ListRecord } from './list-model';

type Json = Record<string, unknown>;

/** SharePoint's eTag: the item's GUID and a counter that grows with every write. */
export const etagOf = (item: ItemRecord): string => `"${item.uid},${item.version}"`;

/** Whether an `If-Match` header allows a write to this item (absent or `*` is unconditional). */
export function etagMatches(item: ItemRecord, ifMatch: string | undefined): boolean {
  if (ifMatch === undefined || ifMatch.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return strip(ifMatch) === strip(etagOf(item));
}

/** Graph's identitySet for a persona, as SharePoint stamps it on what they write. */
export function identity(userId: string): Json {
  const persona = findPersona(userId);
  return { user: { id: userId, displayName: persona?.displayName ?? userId, email: persona?.email ?? '' } };
}

/** The item's fieldValueSet; `select` limits it to the named columns (id and eTag always come). */
export function fieldsView(item: ItemRecord, select?: readonly string[]): Json {
  const all: Json = {
    ...item.fields,
    Created: item.created,
    Modified: item.modified,
  };
  const chosen = select
    ? Object.fromEntries(select.filter((name) => name in all).map((name) => [name, all[name]]))
    : all;
  return { '@odata.etag': etagOf(item), id: String(item.id), ...chosen };
}

export interface ItemViewOptions {
  /** Undefined: no fields; null: all fields; a list: those fields. */
  readonly fields: readonly string[] | null | undefined;
}

/** The Graph listItem resource. */
export function listItemView(list: ListRecord, item: ItemRecord, options: ItemViewOptions): Json {
  const view: Json = {
    id: String(item.id),
    eTag: etagOf(item),
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    webUrl: `${EMULATOR_SITE.webUrl}/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(item.authorId),
    lastModifiedBy: identity(item.editorId),
    parentReference: { id: list.id, siteId: EMULATOR_SITE_ID },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (options.fields !== undefined) view['fields'] = fieldsView(item, options.fields ?? undefined);
  return view;
}
