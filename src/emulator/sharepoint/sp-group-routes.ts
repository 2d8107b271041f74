import { SITE_COLLECTION_ADMINS } from '../emulator-site';
import { isObject, optionalString } from '../http/json-input';
import type { SpGroup } from '../model/security-model';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { ASSOCIATED_GROUP_BY_ROUTE } from '../security/site-groups';
import { siteUserOf, spUserView } from '../security/site-users';
import { ensureSiteUser, ensureUserByLogon } from './sp-user-routes';
import { requireSp, spAccessDenied, spBadRequest, spNotFound, VOID, type SpRequest } from './sp-request';

const groupView = (g: SpGroup) => ({ Id: g.id, Title: g.title, Description: g.description, PrincipalType: 8 });

function groupOf(request: SpRequest, id: number): SpGroup {
  const group = request.services.site.state.security.groups.find((g) => g.id === id);
  if (!group) throw spNotFound('Group cannot be found.');
  return group;
}

/**
 * Only a group's owner (a user, or anyone in the owning group) or a site collection admin may
 * change who is in it (learn.microsoft.com/previous-versions/office/sharepoint-visio/jj244801).
 * A group kept from before the emulator recorded owners falls back to Manage Permissions.
 */
function requireGroupOwner(request: SpRequest, group: SpGroup): void {
  if (SITE_COLLECTION_ADMINS.includes(request.caller.id)) return;
  if (group.ownerId === undefined) return requireSp(request, PERMISSION_KIND.managePermissions);
  const { security } = request.services.site.state;
  const user = siteUserOf(security, request.caller.id);
  const owningGroup = security.groups.find((g) => g.id === group.ownerId);
  const owns = user !== undefined && (group.ownerId === user.id || owningGroup?.userIds.includes(user.id) === true);
  if (!owns) throw spAccessDenied();
}

export const listGroups = (request: SpRequest) => ({
  value: request.services.site.state.security.groups.map(groupView),
});

export const getGroup = (request: SpRequest, id: number) => groupView(groupOf(request, id));

/** `associatedownergroup` and the like: the groups the site was made with. */
export const getAssociatedGroup = (request: SpRequest, route: string) => {
  const associated = ASSOCIATED_GROUP_BY_ROUTE[route.toLowerCase()];
  if (!associated) throw spNotFound('Group cannot be found.');
  return groupView(groupOf(request, associated.id));
};

/** A new group needs Manage Permissions on the web; whoever makes it owns it. */
export function createGroup(request: SpRequest) {
  requireSp(request, PERMISSION_KIND.managePermissions);
  const title = isObject(request.body) ? optionalString(request.body, 'Title')?.trim() : undefined;
  if (!title) throw spBadRequest('A group needs a Title.');
  const { site } = request.services;
  if (site.state.security.groups.some((g) => g.title.toLowerCase() === title.toLowerCase())) {
    throw spBadRequest(`The specified name is already in use: ${title}.`);
  }
  const description = (isObject(request.body) && optionalString(request.body, 'Description')) || '';
  const owner = ensureSiteUser(request, request.caller);
  const group: SpGroup = {
    id: site.state.security.nextPrincipalId,
    title,
    description,
    userIds: [],
    ownerId: owner.id,
  };
  site.commit({ type: 'sp-group-created', group });
  return groupView(group);
}

/** `SetUserAsOwner(principalId)`: hands the group to a user or a group (e.g. the site's Owners). */
export function setGroupOwner(request: SpRequest, groupId: number, ownerId: number) {
  const group = groupOf(request, groupId);
  requireGroupOwner(request, group);
  const { security } = request.services.site.state;
  if (!security.users.some((u) => u.id === ownerId) && !security.groups.some((g) => g.id === ownerId)) {
    throw spNotFound(`Cannot find principal with id: ${ownerId}.`);
  }
  if (group.ownerId !== ownerId) request.services.site.commit({ type: 'sp-group-owner-set', groupId, ownerId });
  return VOID;
}

export function listGroupUsers(request: SpRequest, groupId: number) {
  const { users } = request.services.site.state.security;
  const group = groupOf(request, groupId);
  return { value: users.filter((u) => group.userIds.includes(u.id)).map(spUserView) };
}

export function addGroupUser(request: SpRequest, groupId: number) {
  const group = groupOf(request, groupId);
  requireGroupOwner(request, group);
  const login = isObject(request.body) ? optionalString(request.body, 'LoginName') : undefined;
  if (!login) throw spBadRequest('Send {LoginName}.');
  const user = ensureUserByLogon(request, login);
  if (!group.userIds.includes(user.id)) {
    request.services.site.commit({ type: 'sp-group-user-added', groupId: group.id, userId: user.id });
  }
  return spUserView(user);
}

export function removeGroupUser(request: SpRequest, groupId: number, userId: number) {
  const group = groupOf(request, groupId);
  requireGroupOwner(request, group);
  if (group.userIds.includes(userId)) {
    request.services.site.commit({ type: 'sp-group-user-removed', groupId: group.id, userId });
  }
  return VOID;
}
