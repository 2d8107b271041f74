import { LISTS, type ListKey } from './list-schema';

/** The permission levels the plan uses: built-in Contribute and Read, and the custom append-only level. */
export type PlannedRole = 'contribute' | 'read' | 'append';

export interface PlannedGroup {
  readonly title: string;
  readonly description: string;
  /** Claims login names (`i:0#.f|membership|<address>`), lower case. */
  readonly loginNames: readonly string[];
}

export interface PlannedAssignment {
  readonly group: string;
  readonly role: PlannedRole;
}

/** A list, or one item of it, with the role assignments this plan wants on it. */
export interface PlannedScope {
  readonly list: string;
  /** SharePoint's item id; null for the list itself. */
  readonly itemId: number | null;
  readonly assignments: readonly PlannedAssignment[];
  /**
   * An item of this plan belongs to it alone: assignments not planned are removed. A list is
   * shared by every plan on the site: only this plan's groups' assignments are kept in step.
   */
  readonly exclusive: boolean;
}

export interface PermissionPlan {
  readonly groups: readonly PlannedGroup[];
  readonly scopes: readonly PlannedScope[];
}

export interface PermissionInput {
  readonly planId: string;
  readonly agencies: readonly string[];
  readonly members: readonly { readonly email: string; readonly role: string; readonly agency: string | null }[];
  /** The plan's actions as SharePoint items, with their lead agency. */
  readonly actions: readonly { readonly itemId: number; readonly agency: string | null }[];
}

const ADMIN_ROLES = new Set(['plan-admin', 'improvement-lead']);

export const loginNameOf = (email: string): string => `i:0#.f|membership|${email.trim().toLowerCase()}`;

/** The titles of a plan's SharePoint groups. */
export const groupTitles = (planId: string) => ({
  admins: `JTAI ${planId} Admins`,
  owners: (agency: string) => `JTAI ${planId} ${agency} Owners`,
  readers: (agency: string) => `JTAI ${planId} ${agency} Readers`,
  others: `JTAI ${planId} Readers`,
});

/** Which group a member belongs in: admins; an agency's owners; that agency's readers; else the plan's readers. */
function groupOf(input: PermissionInput, member: PermissionInput['members'][number]): string {
  const titles = groupTitles(input.planId);
  if (ADMIN_ROLES.has(member.role)) return titles.admins;
  if (member.agency === null) return titles.others;
  return member.role === 'agency-owner' ? titles.owners(member.agency) : titles.readers(member.agency);
}

function plannedGroups(input: PermissionInput): PlannedGroup[] {
  const titles = groupTitles(input.planId);
  const agencies = [
    ...new Set([
      ...input.agencies,
      ...input.members.flatMap((m) => (m.agency ? [m.agency] : [])),
      ...input.actions.flatMap((a) => (a.agency ? [a.agency] : [])),
    ]),
  ];
  const described: [string, string][] = [
    [titles.admins, `Plan admins of JTAI plan ${input.planId}: edit everything in the plan.`],
    ...agencies.flatMap((agency): [string, string][] => [
      [titles.owners(agency), `${agency} owners in JTAI plan ${input.planId}: edit their agency's actions.`],
      [titles.readers(agency), `${agency} members in JTAI plan ${input.planId} who read the plan.`],
    ]),
    [titles.others, `Members of JTAI plan ${input.planId} without an agency, who read the plan.`],
  ];
  return described.map(([title, description]) => ({
    title,
    description,
    loginNames: [
      ...new Set(input.members.filter((m) => groupOf(input, m) === title).map((m) => loginNameOf(m.email))),
    ].sort(),
  }));
}

/** What each of the plan's groups gets on a shared list, by list. */
function listRoles(key: ListKey, group: string, titles: ReturnType<typeof groupTitles>): PlannedRole {
  const admin = group === titles.admins;
  if (LISTS[key].appendOnly) return 'append';
  if (key === 'governance') return 'contribute';
  if (key === 'actions' && !admin && group.endsWith(' Owners')) return 'append';
  return admin ? 'contribute' : 'read';
}

/**
 * Lists the plan governs at list level. Governance is kept by every member who takes part (the
 * emulator's and the app's workflow rules say who may move it); lists not named here (added
 * later, or not the plan's) keep inheriting the site's permissions.
 */
const GOVERNED_LISTS: readonly ListKey[] = [
  'plans',
  'findings',
  'actions',
  'members',
  'governance',
  'updates',
  'signOffs',
  'workflowEvents',
];

/**
 * The item permissions of one plan (see architecture.md): a group for its admins, and for each
 * agency its owners and its readers; each action editable only by its agency's owners and the
 * admins; the append-only lists addable and readable, never editable; the rest readable by the
 * plan's members and editable by its admins.
 */
export function planPermissions(input: PermissionInput): PermissionPlan {
  const titles = groupTitles(input.planId);
  const groups = plannedGroups(input);
  const listScopes = GOVERNED_LISTS.map((key): PlannedScope => ({
    list: LISTS[key].displayName,
    itemId: null,
    exclusive: false,
    assignments: groups.map((g) => ({ group: g.title, role: listRoles(key, g.title, titles) })),
  }));
  const actionScopes = input.actions.map((action): PlannedScope => ({
    list: LISTS.actions.displayName,
    itemId: action.itemId,
    exclusive: true,
    assignments: groups.map((g) => ({
      group: g.title,
      role:
        g.title === titles.admins || (action.agency !== null && g.title === titles.owners(action.agency))
          ? 'contribute'
          : 'read',
    })),
  }));
  return { groups, scopes: [...listScopes, ...actionScopes] };
}
