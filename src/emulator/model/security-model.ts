/**
 * The emulator's picture of a site's SharePoint security: users known to the site, site groups,
 * permission levels (role definitions) and the role assignments of every scope with unique
 * assignments: the web (always), and the lists, items and library folders that broke inheritance.
 */

export interface SpUser {
  readonly id: number;
  /** Claims login name, e.g. `i:0#.f|membership|someone@example.gov.uk`. */
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  /** The demo persona (Entra object id) this user is. */
  readonly personaId: string;
}

export interface SpGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  userIds: number[];
  /**
   * The principal (a user, or a group whose members all count) who may change who is in the
   * group; absent for groups made before the emulator kept owners.
   */
  ownerId?: number;
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
  /**
   * Role assignments by scope key (see `security/securable.ts`): `web` once the site has its
   * groups, a list's id, `listId/itemId`, `drive` or `drive/<folder path>`. A scope absent here
   * inherits from its parent.
   */
  scopes: Map<string, SpRoleAssignment[]>;
  /** Users and groups share SharePoint's principal ids. */
  nextPrincipalId: number;
  nextRoleId: number;
}

/** The web's scope: present once the site has its groups, and never inherits. */
export const WEB_SCOPE = 'web';

/** A copy of a group the state may change (its members) without changing what it was copied from. */
export const copyOfGroup = (group: SpGroup): SpGroup => ({ ...group, userIds: [...group.userIds] });

/** A copy of a scope's assignments the state may change (their roles) without changing what they were copied from. */
export const copyOfAssignments = (assignments: readonly SpRoleAssignment[]): SpRoleAssignment[] =>
  assignments.map((a) => ({ ...a, roleDefIds: [...a.roleDefIds] }));

export const emptySecurity = (): SecurityState => ({
  users: [],
  groups: [],
  customRoles: [],
  scopes: new Map(),
  nextPrincipalId: 7,
  nextRoleId: 1073741930,
});

const role = (
  id: number,
  name: string,
  description: string,
  order: number,
  roleTypeKind: number,
  high: number,
  low: number,
): SpRoleDefinition => ({ id, name, description, order, roleTypeKind, high, low });

/**
 * SharePoint Online's built-in permission levels, with their ids and masks as a tenant reports
 * them (Contribute's mask is in the REST reference, learn.microsoft.com/sharepoint/dev/sp-add-ins/
 * users-groups-and-roles-rest-api-reference; Edit is Contribute plus Manage Lists).
 */
export const BUILT_IN_ROLES: readonly SpRoleDefinition[] = [
  role(1073741829, 'Full Control', 'Has full control.', 1, 5, 2147483647, 4294967295),
  role(1073741828, 'Design', 'Can view, add, update, delete, approve, and customize.', 32, 4, 432, 1012866047),
  role(
    1073741830,
    'Edit',
    'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    48,
    6,
    432,
    1011030767,
  ),
  role(1073741827, 'Contribute', 'Can view, add, update, and delete list items and documents.', 64, 3, 432, 1011028719),
  role(1073741826, 'Read', 'Can view pages and list items and download documents.', 128, 2, 176, 138612833),
  role(
    1073741825,
    'Limited Access',
    'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    160,
    1,
    48,
    134287360,
  ),
];

export const FULL_CONTROL_ID = 1073741829;
export const EDIT_ID = 1073741830;
export const READ_ID = 1073741826;

export function roleById(security: SecurityState, id: number): SpRoleDefinition | undefined {
  return BUILT_IN_ROLES.find((r) => r.id === id) ?? security.customRoles.find((r) => r.id === id);
}

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

/**
 * A snapshot from before security existed reads as a site without its groups; the emulator
 * gives it them when it opens (see `security/site-groups.ts`).
 */
export function securityFromStored(stored: StoredSecurity | undefined): SecurityState {
  if (!stored) return emptySecurity();
  return {
    users: [...stored.users],
    groups: stored.groups.map(copyOfGroup),
    customRoles: [...stored.customRoles],
    scopes: new Map(stored.scopes.map(([key, list]) => [key, copyOfAssignments(list)])),
    nextPrincipalId: stored.nextPrincipalId,
    nextRoleId: stored.nextRoleId,
  };
}
