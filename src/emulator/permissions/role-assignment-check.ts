import { hasPermission, PERMISSION_KIND } from '../../data/sharepoint/base-permissions';
import { EMULATOR_SITE_OWNERS } from '../emulator-site';
import { accessDenied } from '../http/graph-error';
import type { ListRecord, SiteState } from '../model/list-model';
import { roleById, scopeKey } from '../model/security-model';

const NEEDED = {
  create: PERMISSION_KIND.addListItems,
  update: PERMISSION_KIND.editListItems,
  delete: PERMISSION_KIND.deleteListItems,
};

/**
 * SharePoint's own check, before the app's rules: where the item (or else its list) has unique
 * role assignments, the caller needs Add, Edit or Delete Items through an assignment to them or to
 * a group they are in. Site owners (site collection admins) always pass; a scope that still
 * inherits the site's permissions leaves the team's Edit in force.
 */
export function checkRoleAssignments(
  site: SiteState,
  list: ListRecord,
  itemId: number | null,
  op: keyof typeof NEEDED,
  callerId: string,
): void {
  if (EMULATOR_SITE_OWNERS.includes(callerId)) return;
  const { security } = site;
  const assignments =
    (itemId === null ? undefined : security.scopes.get(scopeKey(list.id, itemId))) ?? security.scopes.get(list.id);
  if (!assignments) return;
  const user = security.users.find((u) => u.personaId === callerId);
  const principals = new Set(
    user ? [user.id, ...security.groups.filter((g) => g.userIds.includes(user.id)).map((g) => g.id)] : [],
  );
  const allowed = assignments
    .filter((a) => principals.has(a.principalId))
    .flatMap((a) => a.roleDefIds.map((id) => roleById(security, id)))
    .some((role) => role !== undefined && hasPermission(role, NEEDED[op]));
  if (!allowed) {
    const verb = op === 'create' ? 'add items to' : op === 'update' ? 'edit this item in' : 'delete this item from';
    throw accessDenied(`Access denied: your SharePoint permissions do not let you ${verb} “${list.displayName}”.`);
  }
}
