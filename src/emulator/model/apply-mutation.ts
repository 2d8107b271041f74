import { recordDeletion, stampItem, stampPermissionChange } from './change-log';
import { emptyDrive } from './drive-model';
import { currentAsVersion, recordVersion } from './item-versions';
import { applyDriveMutation } from './drive-mutation';
import type { FieldValues, ListRecord, SiteState } from './list-model';
import type { Mutation } from './mutation';
import { emptySecurity } from './security-model';
import { applySecurityMutation } from './security-mutation';

/**
 * Applies one journaled change. Live writes and journal replay both come through here, so
 * a replayed site is the site the clients saw. Mutations were validated before journaling.
 */
export function applyMutation(site: SiteState, m: Mutation): void {
  switch (m.type) {
    case 'site-wiped':
      site.lists = [];
      site.drive = emptyDrive();
      site.security = emptySecurity();
      return;
    case 'list-created':
      site.lists.push({
        ...m.list,
        columns: [...m.list.columns],
        modified: m.list.created,
        items: new Map(),
        nextItemId: 1,
        changeSeq: 0,
        tombstones: [],
      });
      return;
    case 'column-added':
      listOf(site, m.listId).columns.push(m.column);
      return;
    case 'column-changed': {
      const column = listOf(site, m.listId).columns.find((c) => c.id === m.columnId);
      if (!column) throw new Error(`Journal names unknown column ${m.columnId}`);
      Object.assign(column, m.changes);
      return;
    }
    case 'item-created': {
      const list = listOf(site, m.listId);
      const item = { ...m.item, fields: { ...m.item.fields } };
      const created = { ...item, versions: [currentAsVersion(item)] };
      list.items.set(item.id, created);
      stampItem(list, created);
      list.nextItemId = Math.max(list.nextItemId, m.item.id + 1);
      list.modified = m.item.modified;
      return;
    }
    case 'item-changed': {
      const list = listOf(site, m.listId);
      const item = list.items.get(m.itemId);
      if (!item) throw new Error(`Journal names unknown item ${m.itemId}`);
      item.fields = mergeFields(item.fields, m.fields);
      item.version = m.version;
      item.modified = m.modified;
      item.editorId = m.editorId;
      recordVersion(item);
      stampItem(list, item);
      list.modified = m.modified;
      return;
    }
    case 'item-deleted': {
      const list = listOf(site, m.listId);
      list.items.delete(m.itemId);
      recordDeletion(list, m.itemId);
      return;
    }
    case 'drive-folder-created':
    case 'drive-file-saved':
      applyDriveMutation(site.drive, m);
      return;
    default:
      stampPermissionChange(site, m);
      applySecurityMutation(site.security, m);
  }
}

/** A null in a change clears the value; SharePoint does not keep empty fields. */
export function mergeFields(current: FieldValues, changes: FieldValues): FieldValues {
  const merged: FieldValues = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

function listOf(site: SiteState, listId: string): ListRecord {
  const list = site.lists.find((l) => l.id === listId);
  if (!list) throw new Error(`Journal names unknown list ${listId}`);
  return list;
}
