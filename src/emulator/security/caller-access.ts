import { SITE_COLLECTION_ADMINS } from '../emulator-site';
import { roleById, WEB_SCOPE, type SecurityState, type SpRoleAssignment } from '../model/security-model';
import { FULL_MASK, hasPermission, NO_PERMISSIONS, unionOf, type Mask, type PermissionKind } from './permission-kinds';
import { inheritanceChain, type Securable } from './securable';
import { siteUserOf } from './site-users';

/** What one caller may do on the site, worked out once per request and remembered per scope. */
export interface CallerAccess {
  readonly personaId: string;
  /** The scope whose role assignments a securable takes: the nearest with unique ones. */
  effectiveScope(securable: Securable): string;
  /** The caller's permissions on a securable. */
  mask(securable: Securable): Mask;
  can(securable: Securable, kind: PermissionKind): boolean;
  /** The caller's permissions at a scope with unique role assignments (none where it inherits). */
  maskAt(scope: string): Mask;
  /** Whether the caller holds anything on the site at all (at least Limited Access). */
  hasAnyAccess(): boolean;
}

/** The nearest scope in the chain with unique role assignments; the web always has them. */
export const effectiveScopeOf = (security: SecurityState, securable: Securable): string =>
  inheritanceChain(securable).find((key) => security.scopes.has(key)) ?? WEB_SCOPE;

/** The role assignments a securable is governed by, its own or inherited. */
export const effectiveAssignments = (security: SecurityState, securable: Securable): readonly SpRoleAssignment[] =>
  security.scopes.get(effectiveScopeOf(security, securable)) ?? [];

/** The caller's site user and every site group holding it: the principals assignments can name. */
function principalsOf(security: SecurityState, personaId: string): ReadonlySet<number> {
  const user = siteUserOf(security, personaId);
  if (!user) return new Set();
  return new Set([user.id, ...security.groups.filter((g) => g.userIds.includes(user.id)).map((g) => g.id)]);
}

/**
 * SharePoint's effective permissions: the union of the masks of the permission levels bound, at
 * the governing scope, to the caller or to a group they are in. Site collection admins hold all.
 */
export function accessOf(security: SecurityState, personaId: string): CallerAccess {
  const isAdmin = SITE_COLLECTION_ADMINS.includes(personaId);
  const principals = principalsOf(security, personaId);
  const masks = new Map<string, Mask>();
  const maskAt = (scope: string): Mask => {
    if (isAdmin) return FULL_MASK;
    let mask = masks.get(scope);
    if (!mask) {
      const roles = (security.scopes.get(scope) ?? [])
        .filter((a) => principals.has(a.principalId))
        .flatMap((a) => a.roleDefIds.map((id) => roleById(security, id)))
        .filter((role) => role !== undefined);
      mask = roles.length === 0 ? NO_PERMISSIONS : unionOf(roles);
      masks.set(scope, mask);
    }
    return mask;
  };
  const effectiveScope = (securable: Securable) => effectiveScopeOf(security, securable);
  const mask = (securable: Securable) => maskAt(effectiveScope(securable));
  return {
    personaId,
    effectiveScope,
    mask,
    can: (securable, kind) => hasPermission(mask(securable), kind),
    maskAt,
    hasAnyAccess: () =>
      isAdmin || [...security.scopes.values()].some((list) => list.some((a) => principals.has(a.principalId))),
  };
}
