import type { ListRecord } from '../model/list-model';
import type { SecurityState } from '../model/security-model';
import type { CallerAccess } from './caller-access';
import { hasPermission, PERMISSION_KIND } from './permission-kinds';
import { isBelow, LIBRARY_SCOPE, type Securable } from './securable';

const VIEW = PERMISSION_KIND.viewListItems;

export const itemSecurable = (list: ListRecord, itemId: number): Securable => ({
  kind: 'item',
  listId: list.id,
  itemId,
});

export const listSecurable = (list: ListRecord): Securable => ({ kind: 'list', listId: list.id });

export const canViewItem = (access: CallerAccess, list: ListRecord, itemId: number): boolean =>
  access.can(itemSecurable(list, itemId), VIEW);

/** Whether any scope below `scope` with unique assignments lets the caller view what it covers. */
function viewsSomethingBelow(
  security: SecurityState,
  access: CallerAccess,
  scope: string,
  exists: (key: string) => boolean,
): boolean {
  for (const key of security.scopes.keys()) {
    if (isBelow(key, scope) && exists(key) && hasPermission(access.maskAt(key), VIEW)) return true;
  }
  return false;
}

/**
 * A list shows to a caller who can view it, or who can view an item in it: SharePoint gives
 * such a caller Limited Access to the list, enough to reach the item but not its siblings.
 */
export function canSeeList(security: SecurityState, access: CallerAccess, list: ListRecord): boolean {
  if (access.can(listSecurable(list), VIEW)) return true;
  return viewsSomethingBelow(security, access, list.id, (key) => list.items.has(Number(key.slice(list.id.length + 1))));
}

/** The library, in the same way: viewable, or holding a folder the caller can view. */
export function canSeeLibrary(
  security: SecurityState,
  access: CallerAccess,
  folderExists: (key: string) => boolean,
): boolean {
  if (access.can({ kind: 'drive', path: '', isFolder: true }, VIEW)) return true;
  return viewsSomethingBelow(security, access, LIBRARY_SCOPE, folderExists);
}
