import { EMULATOR_SITE } from '../emulator-site';
import { findList } from '../model/site-lookup';
import { FULL_CONTROL_ID, roleById, scopeKey, type SpRoleAssignment } from '../model/security-model';
import { ensureUser } from './sp-web-routes';
import { requireSiteOwner, spNotFound, VOID, type SpRequest } from './sp-request';

/** A list (`getbytitle('…')`) or one of its items, as a securable object. */
export interface ScopeTarget {
  readonly listTitle: string;
  readonly itemId: number | null;
}

function scopeOf(request: SpRequest, target: ScopeTarget): string {
  const list = findList(request.services.site.state, target.listTitle);
  if (!list || list.displayName.toLowerCase() !== target.listTitle.toLowerCase()) {
    throw spNotFound(`List '${target.listTitle}' does not exist at site with URL '${EMULATOR_SITE.webUrl}'.`);
  }
  if (target.itemId !== null && !list.items.has(target.itemId)) {
    throw spNotFound('Item does not exist. It may have been deleted by another user.');
  }
  return scopeKey(list.id, target.itemId);
}

const assignmentView = (a: SpRoleAssignment, request: SpRequest) => ({
  PrincipalId: a.principalId,
  RoleDefinitionBindings: a.roleDefIds.map((id) => {
    const role = roleById(request.services.site.state.security, id);
    return { Id: id, Name: role?.name ?? '', RoleTypeKind: role?.roleTypeKind ?? 0 };
  }),
});

export function hasUniqueRoleAssignments(request: SpRequest, target: ScopeTarget) {
  return { value: request.services.site.state.security.scopes.has(scopeOf(request, target)) };
}

/**
 * As SharePoint does with copyRoleAssignments=false, the caller is left the only principal, with
 * Full Control; with true, the list's (or site's) assignments are copied, which the emulator models
 * as starting from the parent list's unique assignments, or none for a site-inheriting parent.
 */
export function breakRoleInheritance(request: SpRequest, target: ScopeTarget, copy: boolean, clearSubscopes: boolean) {
  requireSiteOwner(request);
  const scope = scopeOf(request, target);
  const { security } = request.services.site.state;
  if (security.scopes.has(scope)) return VOID;
  const parent = target.itemId === null ? undefined : security.scopes.get(scope.split('/')[0] ?? '');
  const caller = ensureUser(request, `i:0#.f|membership|${request.caller.email}`);
  const assignments = copy ? (parent ?? []) : [{ principalId: caller.id, roleDefIds: [FULL_CONTROL_ID] }];
  request.services.site.commit({ type: 'sp-inheritance-broken', scope, assignments, clearSubscopes });
  return VOID;
}

function uniqueScope(request: SpRequest, target: ScopeTarget) {
  const scope = scopeOf(request, target);
  const assignments = request.services.site.state.security.scopes.get(scope);
  return { scope, assignments };
}

export function listRoleAssignments(request: SpRequest, target: ScopeTarget) {
  const { assignments } = uniqueScope(request, target);
  return { value: (assignments ?? []).map((a) => assignmentView(a, request)) };
}

export function getByPrincipalId(request: SpRequest, target: ScopeTarget, principalId: number) {
  const found = uniqueScope(request, target).assignments?.find((a) => a.principalId === principalId);
  if (!found) throw spNotFound(`The role assignment for principal ${principalId} does not exist.`);
  return assignmentView(found, request);
}

function checkPrincipalAndRole(request: SpRequest, principalId: number, roleDefId: number): void {
  const { security } = request.services.site.state;
  const known = security.users.some((u) => u.id === principalId) || security.groups.some((g) => g.id === principalId);
  if (!known) throw spNotFound(`Cannot find principal with id: ${principalId}.`);
  if (!roleById(security, roleDefId)) throw spNotFound(`Cannot find the permission level with id: ${roleDefId}.`);
}

export function addRoleAssignment(request: SpRequest, target: ScopeTarget, principalId: number, roleDefId: number) {
  requireSiteOwner(request);
  const { scope, assignments } = uniqueScope(request, target);
  checkPrincipalAndRole(request, principalId, roleDefId);
  if (!assignments) {
    throw spNotFound('This object inherits its permissions; break the inheritance before adding role assignments.');
  }
  const has = assignments.some((a) => a.principalId === principalId && a.roleDefIds.includes(roleDefId));
  if (!has) request.services.site.commit({ type: 'sp-role-assigned', scope, principalId, roleDefId });
  return VOID;
}

export function removeRoleAssignment(request: SpRequest, target: ScopeTarget, principalId: number, roleDefId: number) {
  requireSiteOwner(request);
  const { scope, assignments } = uniqueScope(request, target);
  const has = assignments?.some((a) => a.principalId === principalId && a.roleDefIds.includes(roleDefId));
  if (has) request.services.site.commit({ type: 'sp-role-unassigned', scope, principalId, roleDefId });
  return VOID;
}
