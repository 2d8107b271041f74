import { FULL_CONTROL_ID, roleById, WEB_SCOPE, type SpRoleAssignment } from '../model/security-model';
import { effectiveAssignments } from '../security/caller-access';
import { maskView, PERMISSION_KIND } from '../security/permission-kinds';
import { inheritanceChain, scopeKeyOf, type Securable } from '../security/securable';
import { ensureSiteUser } from './sp-user-routes';
import { requireSp, spBadRequest, spNotFound, VOID, type SpRequest } from './sp-request';

/**
 * Role assignments of a securable object (the web, a list, an item, a library folder). Reading
 * them needs Enumerate Permissions on it, changing them Manage Permissions on it: SharePoint
 * checks the object itself, so a scope that left the caller out is out of their hands too.
 */
const assignmentView = (a: SpRoleAssignment, request: SpRequest) => ({
  PrincipalId: a.principalId,
  RoleDefinitionBindings: a.roleDefIds.map((id) => {
    const role = roleById(request.services.site.state.security, id);
    return { Id: id, Name: role?.name ?? '', RoleTypeKind: role?.roleTypeKind ?? 0 };
  }),
});

export const hasUniqueRoleAssignments = (request: SpRequest, securable: Securable) => ({
  value: request.services.site.state.security.scopes.has(scopeKeyOf(securable)),
});

/** The caller's permissions on the object, as `{High, Low}`. */
export const effectiveBasePermissions = (request: SpRequest, securable: Securable) =>
  maskView(request.access.mask(securable));

/**
 * With copyRoleAssignments=true the object starts from its parent's effective assignments (a
 * list the web's, an item its list's, a folder its parent folder's, the library's or the web's);
 * with false only the caller remains, with Full Control (learn.microsoft.com/previous-versions/
 * office/developer/sharepoint-2010/ee535228). An object that already has its own is left as is.
 */
export function breakRoleInheritance(request: SpRequest, securable: Securable, copy: boolean, clearSubscopes: boolean) {
  if (securable.kind === 'web') throw spBadRequest('The top-level site has no parent to inherit from.');
  requireSp(request, PERMISSION_KIND.managePermissions, securable);
  const { security } = request.services.site.state;
  const scope = scopeKeyOf(securable);
  if (security.scopes.has(scope)) return VOID;
  const parent = inheritanceChain(securable)
    .slice(1)
    .find((key) => security.scopes.has(key));
  const inherited = security.scopes.get(parent ?? WEB_SCOPE) ?? [];
  const caller = ensureSiteUser(request, request.caller);
  const assignments = copy
    ? inherited.map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }))
    : [{ principalId: caller.id, roleDefIds: [FULL_CONTROL_ID] }];
  request.services.site.commit({ type: 'sp-inheritance-broken', scope, assignments, clearSubscopes });
  return VOID;
}

/** An object that inherits answers with the assignments it inherits. */
function assignmentsOf(request: SpRequest, securable: Securable): readonly SpRoleAssignment[] {
  requireSp(request, PERMISSION_KIND.enumeratePermissions, securable);
  return effectiveAssignments(request.services.site.state.security, securable);
}

export const listRoleAssignments = (request: SpRequest, securable: Securable) => ({
  value: assignmentsOf(request, securable).map((a) => assignmentView(a, request)),
});

export function getByPrincipalId(request: SpRequest, securable: Securable, principalId: number) {
  const found = assignmentsOf(request, securable).find((a) => a.principalId === principalId);
  if (!found) throw spNotFound(`The role assignment for principal ${principalId} does not exist.`);
  return assignmentView(found, request);
}

/** The object's own assignments, for changing: it must have stopped inheriting first. */
function ownAssignments(request: SpRequest, securable: Securable): { scope: string; assignments: SpRoleAssignment[] } {
  requireSp(request, PERMISSION_KIND.managePermissions, securable);
  const scope = scopeKeyOf(securable);
  const assignments = request.services.site.state.security.scopes.get(scope);
  if (!assignments) {
    throw spBadRequest('This operation is not allowed on an object that inherits permissions.');
  }
  return { scope, assignments };
}

function checkPrincipalAndRole(request: SpRequest, principalId: number, roleDefId: number): void {
  const { security } = request.services.site.state;
  const known = security.users.some((u) => u.id === principalId) || security.groups.some((g) => g.id === principalId);
  if (!known) throw spNotFound(`Cannot find principal with id: ${principalId}.`);
  if (!roleById(security, roleDefId)) throw spNotFound(`Cannot find the permission level with id: ${roleDefId}.`);
}

export function addRoleAssignment(request: SpRequest, securable: Securable, principalId: number, roleDefId: number) {
  const { scope, assignments } = ownAssignments(request, securable);
  checkPrincipalAndRole(request, principalId, roleDefId);
  const has = assignments.some((a) => a.principalId === principalId && a.roleDefIds.includes(roleDefId));
  if (!has) request.services.site.commit({ type: 'sp-role-assigned', scope, principalId, roleDefId });
  return VOID;
}

export function removeRoleAssignment(request: SpRequest, securable: Securable, principalId: number, roleDefId: number) {
  const { scope, assignments } = ownAssignments(request, securable);
  const has = assignments.some((a) => a.principalId === principalId && a.roleDefIds.includes(roleDefId));
  if (has) request.services.site.commit({ type: 'sp-role-unassigned', scope, principalId, roleDefId });
  return VOID;
}
