import { EMULATOR_SITE } from '../emulator-site';
import { accessDenied, notFound } from '../http/graph-error';
import type { ItemRecord, ListRecord } from '../model/list-model';
import { findList } from '../model/site-lookup';
import { accessOf, type CallerAccess } from '../security/caller-access';
import type { PermissionKind } from '../security/permission-kinds';
import type { Securable } from '../security/securable';
import { canSeeList, canViewItem } from '../security/visibility';
import type { RouteContext } from './graph-request';

/** The caller's permissions for this request. */
export const accessFor = (context: RouteContext): CallerAccess =>
  accessOf(context.services.site.state.security, context.request.caller.id);

/** The list named by the route, or a 404 as if it did not exist when the caller cannot see it. */
export function visibleList(context: RouteContext, access: CallerAccess): ListRecord {
  const idOrTitle = context.params['listId'] ?? '';
  const list = findList(context.services.site.state, idOrTitle);
  if (!list || !canSeeList(context.services.site.state.security, access, list)) {
    throw notFound(`List '${idOrTitle}' does not exist at site with URL '${EMULATOR_SITE.webUrl}'.`);
  }
  return list;
}

/** An item of the list, or a 404 as if it did not exist when the caller cannot view it. */
export function visibleItem(list: ListRecord, access: CallerAccess, itemId: string): ItemRecord {
  const item = /^\d+$/.test(itemId) ? list.items.get(Number(itemId)) : undefined;
  if (!item || !canViewItem(access, list, item.id)) {
    throw notFound(`Item '${itemId}' was not found in list '${list.displayName}'.`);
  }
  return item;
}

/** A 403 unless the caller holds the permission on the securable. */
export function requirePermission(access: CallerAccess, securable: Securable, kind: PermissionKind): void {
  if (!access.can(securable, kind)) throw accessDenied();
}
