import type { ItemRecord, ListRecord, SiteState } from './list-model';
import type { SecurityMutation } from './security-mutation';

/**
 * Each list's change log, which delta queries read: a position that grows by one with every
 * write to one of the list's items, stamped on the item (its latest change only, as the delta
 * feed shows each item's latest state) or kept with a deleted item's id. Journal replay rebuilds
 * it exactly, and snapshots keep it, so positions survive a restart.
 */

export const listSeqOf = (list: ListRecord): number => list.changeSeq ?? 0;
export const itemSeqOf = (item: ItemRecord): number => item.changeSeq ?? 0;

export function stampItem(list: ListRecord, item: ItemRecord): void {
  list.changeSeq = listSeqOf(list) + 1;
  item.changeSeq = list.changeSeq;
}

export function recordDeletion(list: ListRecord, itemId: number): void {
  list.changeSeq = listSeqOf(list) + 1;
  (list.tombstones ??= []).push({ id: itemId, seq: list.changeSeq });
}

/**
 * Changes to an item's own permissions count as changes to the item, as SharePoint's delta
 * returns items "that appear in the delta query response due to permission changes"
 * (learn.microsoft.com/graph/api/driveitem-delta, scanning permissions hierarchies). Call before
 * the change is applied, while the scopes it clears are still there. Changes to a list, the web
 * or a group stamp nothing: no document says listItem delta reports them.
 */
export function stampPermissionChange(site: SiteState, m: SecurityMutation): void {
  if (m.type !== 'sp-inheritance-broken' && m.type !== 'sp-role-assigned' && m.type !== 'sp-role-unassigned') return;
  const cleared =
    m.type === 'sp-inheritance-broken' && m.clearSubscopes
      ? [...site.security.scopes.keys()].filter((key) => key.startsWith(`${m.scope}/`))
      : [];
  for (const key of [m.scope, ...cleared]) {
    const target = itemOfScope(site, key);
    if (target) stampItem(target.list, target.item);
  }
}

/** The item whose scope key (`listId/itemId`) this is, if it is one. */
function itemOfScope(site: SiteState, key: string): { list: ListRecord; item: ItemRecord } | null {
  const slash = key.lastIndexOf('/');
  const list = slash > 0 ? site.lists.find((l) => l.id === key.slice(0, slash)) : undefined;
  const item = list?.items.get(Number(key.slice(slash + 1)));
  return list && item ? { list, item } : null;
}

/** A place in the change log: after every entry of `seq` when `id` is absent, else after that entry. */
export interface ChangeCursor {
  readonly seq: number;
  readonly id?: number;
}

/** One entry of the log: an item as it is now, or (item null) the deletion of the item `id`. */
export interface ChangeEntry {
  readonly seq: number;
  readonly id: number;
  readonly item: ItemRecord | null;
}

/**
 * The entries after `cursor`, in log order. Deletions at or before `floor` are left out: a
 * fresh enumeration starts at the log's beginning but has no use for what was deleted before it.
 */
export function changesAfter(list: ListRecord, cursor: ChangeCursor, floor: number): ChangeEntry[] {
  const live = [...list.items.values()].map((item) => ({ seq: itemSeqOf(item), id: item.id, item }));
  const deleted = (list.tombstones ?? []).filter((t) => t.seq > floor).map((t) => ({ ...t, item: null }));
  return [...live, ...deleted]
    .filter((e) => e.seq > cursor.seq || (cursor.id !== undefined && e.seq === cursor.seq && e.id > cursor.id))
    .sort((a, b) => a.seq - b.seq || a.id - b.id);
}
