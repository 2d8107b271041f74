import { isObject, optionalString } from '../http/json-input';
import { BUILT_IN_ROLES, MEMBER_ROLE_ID, roleById, type SpUser } from '../model/security-model';
import { DEMO_PERSONAS } from '../seed/demo-directory';
import { isSiteOwner, requireSiteOwner, spBadRequest, spNotFound, VOID, type SpRequest } from './sp-request';

const LOGIN_PREFIX = 'i:0#.f|membership|';

const userView = (u: SpUser) => ({
  Id: u.id,
  LoginName: u.loginName,
  Title: u.title,
  Email: u.email,
  PrincipalType: 1,
});

/** What the caller holds on the site: a site owner everything, a team member Edit (no Manage Permissions). */
export function effectiveBasePermissions(request: SpRequest) {
  const role = roleById(
    request.services.site.state.security,
    isSiteOwner(request.caller.id) ? 1073741829 : MEMBER_ROLE_ID,
  );
  return { High: String(role?.high ?? 0), Low: String(role?.low ?? 0) };
}

/** The site's user for a claims login name, made known to the site if need be (a journaled change). */
export function ensureUser(request: SpRequest, loginName: string): SpUser {
  const { site } = request.services;
  const login = loginName.trim().toLowerCase();
  const known = site.state.security.users.find((u) => u.loginName === login);
  if (known) return known;
  const email = login.startsWith(LOGIN_PREFIX) ? login.slice(LOGIN_PREFIX.length) : login;
  const persona = DEMO_PERSONAS.find((p) => p.email.toLowerCase() === email);
  if (!persona) throw spNotFound(`The specified user ${loginName} could not be found.`);
  const user: SpUser = {
    id: site.state.security.nextPrincipalId,
    loginName: `${LOGIN_PREFIX}${persona.email.toLowerCase()}`,
    title: persona.displayName,
    email: persona.email,
    personaId: persona.id,
  };
  site.commit({ type: 'sp-user-ensured', user });
  return user;
}

export function postEnsureUser(request: SpRequest) {
  requireSiteOwner(request);
  const logonName = isObject(request.body) ? optionalString(request.body, 'logonName') : undefined;
  if (!logonName) throw spBadRequest('Send {logonName}.');
  return userView(ensureUser(request, logonName));
}

export const listGroups = (request: SpRequest) => ({
  value: request.services.site.state.security.groups.map((g) => ({
    Id: g.id,
    Title: g.title,
    Description: g.description,
  })),
});

export function createGroup(request: SpRequest) {
  requireSiteOwner(request);
  const title = isObject(request.body) ? optionalString(request.body, 'Title')?.trim() : undefined;
  if (!title) throw spBadRequest('A group needs a Title.');
  const { site } = request.services;
  if (site.state.security.groups.some((g) => g.title.toLowerCase() === title.toLowerCase())) {
    throw spBadRequest(`The specified name is already in use: ${title}.`);
  }
  const description = (isObject(request.body) && optionalString(request.body, 'Description')) || '';
  const group = { id: site.state.security.nextPrincipalId, title, description, userIds: [] };
  site.commit({ type: 'sp-group-created', group });
  return { Id: group.id, Title: title, Description: description };
}

function groupOf(request: SpRequest, id: number) {
  const group = request.services.site.state.security.groups.find((g) => g.id === id);
  if (!group) throw spNotFound('Group cannot be found.');
  return group;
}

export function listGroupUsers(request: SpRequest, groupId: number) {
  const { users } = request.services.site.state.security;
  const group = groupOf(request, groupId);
  return { value: users.filter((u) => group.userIds.includes(u.id)).map(userView) };
}

export function addGroupUser(request: SpRequest, groupId: number) {
  requireSiteOwner(request);
  const group = groupOf(request, groupId);
  const login = isObject(request.body) ? optionalString(request.body, 'LoginName') : undefined;
  if (!login) throw spBadRequest('Send {LoginName}.');
  const user = ensureUser(request, login);
  if (!group.userIds.includes(user.id)) {
    request.services.site.commit({ type: 'sp-group-user-added', groupId: group.id, userId: user.id });
  }
  return userView(user);
}

export function removeGroupUser(request: SpRequest, groupId: number, userId: number) {
  requireSiteOwner(request);
  const group = groupOf(request, groupId);
  if (group.userIds.includes(userId)) {
    request.services.site.commit({ type: 'sp-group-user-removed', groupId: group.id, userId });
  }
  return VOID;
}

export function listRoleDefinitions(request: SpRequest) {
  const roles = [...BUILT_IN_ROLES, ...request.services.site.state.security.customRoles];
  return {
    value: roles.map((r) => ({
      Id: r.id,
      Name: r.name,
      Description: r.description,
      Order: r.order,
      RoleTypeKind: r.roleTypeKind,
      BasePermissions: { High: String(r.high), Low: String(r.low) },
    })),
  };
}

export function createRoleDefinition(request: SpRequest) {
  requireSiteOwner(request);
  const body = request.body;
  const name = isObject(body) ? optionalString(body, 'Name')?.trim() : undefined;
  const mask = isObject(body) && isObject(body['BasePermissions']) ? body['BasePermissions'] : null;
  if (!name || !mask) throw spBadRequest('A permission level needs a Name and BasePermissions {High, Low}.');
  const { site } = request.services;
  const roles = [...BUILT_IN_ROLES, ...site.state.security.customRoles];
  if (roles.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
    throw spBadRequest(`A permission level named "${name}" already exists.`);
  }
  const role = {
    id: site.state.security.nextRoleId,
    name,
    description: (isObject(body) && optionalString(body, 'Description')) || '',
    order:
      typeof (body as Record<string, unknown>)['Order'] === 'number'
        ? Number((body as Record<string, unknown>)['Order'])
        : 200,
    roleTypeKind: 0,
    high: Number(mask['High'] ?? 0) >>> 0,
    low: Number(mask['Low'] ?? 0) >>> 0,
  };
  site.commit({ type: 'sp-role-defined', role });
  return {
    Id: role.id,
    Name: role.name,
    RoleTypeKind: 0,
    BasePermissions: { High: String(role.high), Low: String(role.low) },
  };
}
