import type {
  BaseItem,
  FieldValueSet,
  Identity,
  IdentitySet,
  ListItem as GraphListItem,
} from '@microsoft/microsoft-graph-types';
import { isIsoDateTime, isoDateTime, type IsoDateTime } from '../../domain/dates';
import type { UserId } from '../../domain/ids';
import { StoreError } from '../store-error';
import { asReceived, receivedOrEmpty, type Present, type Received } from './graph-payloads';

/**
 * A SharePoint list item's `fields` (Graph's fieldValueSet): column name → stored value, plus
 * `@odata.etag` and `id`. The columns are the list's own, so any name may be read.
 */
export type ItemFields = Received<FieldValueSet> & Readonly<Record<string, unknown>>;

/** Values this adapter writes into `fields`: the list's own columns (never the set's `id`). */
export type FieldValues = Omit<FieldValueSet, 'id'> & Record<string, string | number | boolean>;

/** A person as SharePoint stamped them on an item (`createdBy.user` / `lastModifiedBy.user`). */
export type ItemPerson = Present<Identity, 'id' | 'displayName'>;

/** Who created and last changed an item, and when, as SharePoint recorded it (never the client). */
export interface ItemStamps {
  readonly createdBy: ItemPerson | null;
  readonly createdAt: string | null;
  readonly modifiedBy: ItemPerson | null;
  readonly modifiedAt: string | null;
}

/**
 * Who made an item and when, as SharePoint stamped it (never what its columns claim): each part
 * only where SharePoint gave it, the time only when it reads as an instant.
 */
export interface ItemCreation {
  readonly by?: { readonly id: UserId; readonly name: string };
  readonly at?: IsoDateTime;
}

const stampOf = (person: ItemPerson | null, at: string | null): ItemCreation => ({
  ...(person && { by: { id: person.id as UserId, name: person.displayName || person.id } }),
  // One form for every instant, so that they compare as text (SharePoint may omit milliseconds).
  ...(at && isIsoDateTime(at) && { at: isoDateTime(new Date(at)) }),
});

export const creationOf = (item: { readonly stamps: ItemStamps }): ItemCreation =>
  stampOf(item.stamps.createdBy, item.stamps.createdAt);

/** Who last changed an item and when, as SharePoint stamped it (see `creationOf`). */
export const lastChangeOf = (item: { readonly stamps: ItemStamps }): ItemCreation =>
  stampOf(item.stamps.modifiedBy, item.stamps.modifiedAt);

/** The parts of a Graph `listItem` the adapter reads: its id and eTag, its fields, who stamped it. */
export type ListItem = Present<GraphListItem, 'id' | 'eTag'> & {
  readonly fields: ItemFields;
  readonly stamps: ItemStamps;
};

/** One page of a Graph collection. */
export interface Page<T> {
  readonly value: readonly T[];
  readonly nextLink: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (what: string): StoreError =>
  new StoreError('server', `The server sent ${what} the app could not read.`, { code: 'unexpectedResponse' });

export function asRecord(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw unexpected(what);
  return value;
}

/** The eTag lives on the item and again in `fields`; a field set (PATCH response) has only the latter. */
export function eTagOf(fields: ItemFields, fallback?: unknown): string {
  const tag = fields['@odata.etag'] ?? fallback;
  if (typeof tag !== 'string' || tag === '') throw unexpected('an item without an eTag');
  return tag;
}

/** `identitySet.user` of a listItem, when it names someone. */
function personOf(identitySet: unknown): ItemPerson | null {
  const user = receivedOrEmpty<Identity>(receivedOrEmpty<IdentitySet>(identitySet).user);
  if (typeof user.id !== 'string' || user.id === '') return null;
  return { id: user.id, displayName: typeof user.displayName === 'string' ? user.displayName : '' };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Who created and last changed an item (or an item version), from its `baseItem` properties. */
export function stampsOf(item: Received<BaseItem>): ItemStamps {
  return {
    createdBy: personOf(item.createdBy),
    createdAt: textOrNull(item.createdDateTime),
    modifiedBy: personOf(item.lastModifiedBy),
    modifiedAt: textOrNull(item.lastModifiedDateTime),
  };
}

export function asListItem(value: unknown): ListItem {
  const item = asReceived<GraphListItem>(value, 'a list item');
  const fields = asRecord(item.fields, 'a list item without fields');
  const id = item.id ?? fields.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw unexpected('a list item without an id');
  return { id: String(id), eTag: eTagOf(fields, item.eTag), fields, stamps: stampsOf(item) };
}

export function asPage(value: unknown): Page<unknown> {
  const page = asRecord(value, 'a collection');
  if (!Array.isArray(page.value)) throw unexpected('a collection without values');
  const next = page['@odata.nextLink'];
  return { value: page.value, nextLink: typeof next === 'string' && next !== '' ? next : null };
}
