/**
 * The emulator's picture of a site's SharePoint security: users known to the site, site groups,
 * permission levels (role definitions) and the role assignments of lists and items that no
 * longer inherit the site's. Mirrors the SharePoint REST subset the app's permission sync uses.
 */

export interface SpUser {
  readonly id: number;
  /** Claims login name, e.g. `i:0#.f|membership|someone@example.gov.uk`. */
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  /** The demo persona this user is. */
  readonly personaId: string;
}

export interface SpGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  userIds: number[];
}

export interface SpRoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly roleTypeKind: number;
  readonly high: number;
  readonly low: number;
}

export interface SpRoleAssignment {
  readonly principalId: number;
  roleDefIds: number[];
}

export interface SecurityState {
  users: SpUser[];
  groups: SpGroup[];
  /** Permission levels made on the site; the built-in ones are `BUILT_IN_ROLES`. */
  customRoles: SpRoleDefinition[];
  /** Unique role assignments by scope: a list's id, or `listId/itemId` for an item. */
  scopes: Map<string, SpRoleAssignment[]>;
  /** Users and groups share SharePoint's principal ids. */
  nextPrincipalId: number;
  nextRoleId: number;
}

export const emptySecurity = (): SecurityState => ({
  users: [],
  groups: [],
  customRoles: [],
  scopes: new Map(),
  nextPrincipalId: 7,
  nextRoleId: 1073741930,
});

/** SharePoint Online's built-in permission levels, with their ids and masks. */
export const BUILT_IN_ROLES: readonly SpRoleDefinition[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    order: 1,
    roleTypeKind: 5,
    high: 2147483647,
    low: 4294967295,
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists.',
    order: 48,
    roleTypeKind: 6,
    high: 432,
    low: 1012866047,
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items.',
    order: 64,
    roleTypeKind: 3,
    high: 432,
    low: 1011030767,
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items.',
    order: 128,
    roleTypeKind: 2,
    high: 176,
    low: 138612833,
  },
  {
    id: 1073741825,
    name: 'Limited Access',
    description: 'Can view specific lists, items, folders or documents when given permissions.',
    order: 160,
    roleTypeKind: 1,
    high: 0,
    low: 134287360,
  },
];

export const FULL_CONTROL_ID = 1073741829;
/** What the team's members hold on the site itself (SharePoint's Members group has Edit). */
export const MEMBER_ROLE_ID = 1073741830;

export function roleById(security: SecurityState, id: number): SpRoleDefinition | undefined {
  return BUILT_IN_ROLES.find((r) => r.id === id) ?? security.customRoles.find((r) => r.id === id);
}

export const scopeKey = (listId: string, itemId: number | null): string =>
  itemId === null ? listId : `${listId}/${itemId}`;

/** The form written into the snapshot (maps as arrays). */
export interface StoredSecurity {
  readonly users: readonly SpUser[];
  readonly groups: readonly SpGroup[];
  readonly customRoles: readonly SpRoleDefinition[];
  readonly scopes: readonly (readonly [string, readonly SpRoleAssignment[]])[];
  readonly nextPrincipalId: number;
  readonly nextRoleId: number;
}

export const securityToStored = (s: SecurityState): StoredSecurity => ({
  users: s.users,
  groups: s.groups,
  customRoles: s.customRoles,
  scopes: [...s.scopes.entries()],
  nextPrincipalId: s.nextPrincipalId,
  nextRoleId: s.nextRoleId,
});

/** A snapshot from before security existed reads as a site that never broke inheritance. */
export function securityFromStored(stored: StoredSecurity | undefined): SecurityState {
  if (!stored) return emptySecurity();
  return {
    users: [...stored.users],
    groups: stored.groups.map((g) => ({ ...g, userIds: [...g.userIds] })),
    customRoles: [...stored.customRoles],
    scopes: new Map(
      stored.scopes.map(([key, list]) => [key, list.map((a) => ({ ...a, roleDefIds: [...a.roleDefIds] }))]),
    ),
    nextPrincipalId: stored.nextPrincipalId,
    nextRoleId: stored.nextRoleId,
  };
}
