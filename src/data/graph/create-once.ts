import type { PlanId } from '../../domain/ids';
import type { ListKey } from '../sharepoint/list-schema';
import { isStoreError, StoreError } from '../store-error';
import { sendBatch } from './batch';
import { itemsPath } from './graph-paths';
import { queryItems } from './item-queries';
import { asListItem, type FieldValues, type ListItem } from './list-item';
import type { StoreContext } from './store-context';

/** An item to create. Its `Title` is the entity's domain id, which is how it is found again. */
export interface NewItem {
  readonly planId: PlanId;
  readonly title: string;
  readonly fields: FieldValues;
}

const tagOf = (key: ListKey, title: string): string => `${key}:${title}`;

/** Items already stored under these titles. PlanId is indexed and Title is not, so match here. */
async function findStored(ctx: StoreContext, key: ListKey, items: readonly NewItem[]): Promise<Map<string, ListItem>> {
  const found = new Map<string, ListItem>();
  const wanted = new Set(items.map((i) => i.title));
  for (const planId of new Set(items.map((i) => i.planId))) {
    for (const item of await queryItems(ctx, key, { PlanId: planId })) {
      const title = item.fields.Title;
      if (typeof title === 'string' && wanted.has(title)) found.set(title, item);
    }
  }
  return found;
}

async function postOne(ctx: StoreContext, key: ListKey, path: string, item: NewItem): Promise<ListItem[]> {
  const created = asListItem(await ctx.api.post(path, { fields: item.fields }));
  ctx.unconfirmedCreates.delete(tagOf(key, item.title));
  return [created];
}

/** Several items in `$batch`es; each one confirmed leaves the unknown set even if another failed. */
async function postMany(ctx: StoreContext, key: ListKey, path: string, items: readonly NewItem[]): Promise<ListItem[]> {
  const results = await sendBatch(
    ctx.api,
    items.map((i) => ({ method: 'POST', url: path, body: { fields: i.fields } })),
  );
  const created: ListItem[] = [];
  let failure: StoreError | undefined;
  results.forEach((result, index) => {
    if (!result.ok) {
      failure ??= result.error;
      return;
    }
    ctx.unconfirmedCreates.delete(tagOf(key, items[index]?.title ?? ''));
    created.push(asListItem(result.body));
  });
  if (failure) throw failure;
  return created;
}

/** Until the server confirms an item, its outcome is unknown: a later attempt looks for it first. */
async function postItems(ctx: StoreContext, key: ListKey, items: readonly NewItem[]): Promise<ListItem[]> {
  const path = itemsPath(ctx.siteId, await ctx.lists.id(key));
  items.forEach((i) => ctx.unconfirmedCreates.add(tagOf(key, i.title)));
  const [only] = items;
  return items.length === 1 && only ? postOne(ctx, key, path, only) : postMany(ctx, key, path, items);
}

async function createMissing(ctx: StoreContext, key: ListKey, items: readonly NewItem[]): Promise<ListItem[]> {
  const uncertain = items.filter((i) => ctx.unconfirmedCreates.has(tagOf(key, i.title)));
  const stored = uncertain.length > 0 ? await findStored(ctx, key, uncertain) : new Map<string, ListItem>();
  const toPost = items.filter((i) => !stored.has(i.title));
  const posted = toPost.length > 0 ? await postItems(ctx, key, toPost) : [];
  for (const item of posted) stored.set(String(item.fields.Title), item);
  return items.map((i) => {
    ctx.unconfirmedCreates.delete(tagOf(key, i.title));
    const item = stored.get(i.title);
    if (!item) {
      throw new StoreError('server', 'The server did not confirm every item it was sent.', { code: 'missingItem' });
    }
    return item;
  });
}

/**
 * Creates items at most once. A create whose request failed may still have been applied (the
 * connection dropped after the server stored it), so before posting such an item again, here or
 * in a later call, the list is searched for its Title. A dropped connection is retried once.
 */
export async function createItemsOnce(ctx: StoreContext, key: ListKey, items: readonly NewItem[]): Promise<ListItem[]> {
  try {
    return await createMissing(ctx, key, items);
  } catch (error) {
    if (!isStoreError(error) || error.kind !== 'offline') throw error;
    return createMissing(ctx, key, items);
  }
}
