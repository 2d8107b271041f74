import { isObject, optionalString } from '../http/json-input';
import { BUILT_IN_ROLES, type SpRoleDefinition } from '../model/security-model';
import { maskView, PERMISSION_KIND } from '../security/permission-kinds';
import { requireSp, spBadRequest, type SpRequest } from './sp-request';

const roleView = (r: SpRoleDefinition) => ({
  Id: r.id,
  Name: r.name,
  Description: r.description,
  Hidden: false,
  Order: r.order,
  RoleTypeKind: r.roleTypeKind,
  BasePermissions: maskView(r),
});

export const listRoleDefinitions = (request: SpRequest) => ({
  value: [...BUILT_IN_ROLES, ...request.services.site.state.security.customRoles].map(roleView),
});

/** A custom permission level; making one needs Manage Permissions on the web. */
export function createRoleDefinition(request: SpRequest) {
  requireSp(request, PERMISSION_KIND.managePermissions);
  const body = isObject(request.body) ? request.body : {};
  const name = optionalString(body, 'Name')?.trim();
  const mask = isObject(body['BasePermissions']) ? body['BasePermissions'] : null;
  if (!name || !mask) throw spBadRequest('A permission level needs a Name and BasePermissions {High, Low}.');
  const { site } = request.services;
  const roles = [...BUILT_IN_ROLES, ...site.state.security.customRoles];
  if (roles.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
    throw spBadRequest(`A permission level named "${name}" already exists.`);
  }
  const role: SpRoleDefinition = {
    id: site.state.security.nextRoleId,
    name,
    description: optionalString(body, 'Description') ?? '',
    order: typeof body['Order'] === 'number' ? body['Order'] : 200,
    roleTypeKind: 0,
    high: Number(mask['High'] ?? 0) >>> 0,
    low: Number(mask['Low'] ?? 0) >>> 0,
  };
  site.commit({ type: 'sp-role-defined', role });
  return roleView(role);
}
