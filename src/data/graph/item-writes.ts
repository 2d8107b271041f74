import type { StoreVersion, Versioned } from '../plan-store.port';
import { isStoreError, StoreError } from '../store-error';
import { itemPath } from './graph-paths';
import { readItem, toVersioned } from './item-queries';
import { asRecord, eTagOf, type ItemFields } from './list-item';
import type { EntityCodec } from './mappers/entity-codec';
import type { StoreContext } from './store-context';
import { decodeVersion, encodeVersion } from './store-version';

/** A 412 becomes a conflict that carries what is stored now, so the UI can show both sides. */
async function withCurrentValue<T>(
  ctx: StoreContext,
  codec: EntityCodec<T>,
  itemId: string,
  error: unknown,
): Promise<unknown> {
  if (!isStoreError(error) || error.details.status !== 412) return error;
  const current = toVersioned(codec, await readItem(ctx, codec.list, itemId));
  return new StoreError('conflict', error.message, { ...error.details, current });
}

/** Saves an entity over the revision the caller read; `If-Match` makes a stale save fail. */
export async function updateEntity<T>(
  ctx: StoreContext,
  codec: EntityCodec<T>,
  entity: T,
  version: StoreVersion,
): Promise<Versioned<T>> {
  const { itemId, eTag } = decodeVersion(version);
  const path = `${itemPath(ctx.siteId, await ctx.lists.id(codec.list), itemId)}/fields`;
  let fields: ItemFields;
  try {
    fields = asRecord(await ctx.api.patch(path, codec.toFields(entity), eTag), 'the saved fields');
  } catch (error) {
    throw await withCurrentValue(ctx, codec, itemId, error);
  }
  // The PATCH answer's fieldValueSet is not documented to carry `@odata.etag` every time
  // (learn.microsoft.com/graph/api/listitem-update): without it, the saved item is read back
  // rather than a stored change reported as failed.
  if (typeof fields['@odata.etag'] !== 'string') return toVersioned(codec, await readItem(ctx, codec.list, itemId));
  return { value: codec.fromFields(fields), version: encodeVersion({ itemId, eTag: eTagOf(fields) }) };
}

export async function deleteEntity<T>(ctx: StoreContext, codec: EntityCodec<T>, version: StoreVersion): Promise<void> {
  const { itemId, eTag } = decodeVersion(version);
  const path = itemPath(ctx.siteId, await ctx.lists.id(codec.list), itemId);
  try {
    await ctx.api.delete(path, eTag);
  } catch (error) {
    throw await withCurrentValue(ctx, codec, itemId, error);
  }
}

/**
 * Marks a member removed instead of deleting the item: SharePoint keeps the item's versions, so
 * what the person signed while a member still counts. `If-Match` as for any other save.
 */
export async function markRemoved(ctx: StoreContext, version: StoreVersion): Promise<void> {
  const { itemId, eTag } = decodeVersion(version);
  const path = `${itemPath(ctx.siteId, await ctx.lists.id('members'), itemId)}/fields`;
  try {
    await ctx.api.patch(path, { Removed: true }, eTag);
  } catch (error) {
    if (isStoreError(error) && error.details.status === 412) {
      throw new StoreError('conflict', error.message, { ...error.details });
    }
    throw error;
  }
}
