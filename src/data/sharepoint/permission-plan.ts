import { LISTS, type ListKey } from './list-schema';

/**
 * The permission levels the plan uses: Full Control (kept by the site's Owners group), the
 * built-in Contribute and Read, and the custom append-only level ("JTAI Add and view").
 */
export type PlannedRole = 'full-control' | 'contribute' | 'read' | 'append';

/** One of this plan's SharePoint groups, or the site's associated Owners group. */
export type PlannedPrincipal =
  { readonly kind: 'plan-group'; readonly title: string } | { readonly kind: 'site-owners' };

export interface PlannedAssignment {
  readonly principal: PlannedPrincipal;
  readonly role: PlannedRole;
}

export interface PlannedGroup {
  readonly title: string;
  readonly description: string;
  /** Entra object ids of the people in the group, lower case, sorted. */
  readonly userIds: readonly string[];
}

/** A list the plan shares with every other plan on the site, and what this plan's items in it get. */
export interface PlannedList {
  readonly key: ListKey;
  readonly title: string;
  /** This plan's groups on the list itself; other plans' principals there are left alone. */
  readonly listAssignments: readonly PlannedAssignment[];
  /** Exactly what each of this plan's items gets, unless `itemsById` says otherwise. */
  readonly itemAssignments: readonly PlannedAssignment[];
  /** Items whose assignments depend on the item (an action's lead agency), by SharePoint item id. */
  readonly itemsById: ReadonlyMap<number, readonly PlannedAssignment[]>;
}

export interface PermissionPlan {
  readonly planId: string;
  /** Every group of this plan, and only its groups, has a title starting with this. */
  readonly groupPrefix: string;
  readonly groups: readonly PlannedGroup[];
  readonly lists: readonly PlannedList[];
  /** Exactly what the plan's folder of submissions gets. */
  readonly folderAssignments: readonly PlannedAssignment[];
}

export interface PlanMemberInput {
  /** The person's Entra object id. */
  readonly userId: string;
  readonly role: string;
  readonly agency: string | null;
  /** A removed member is kept in the list for the record and gets no access. */
  readonly removed: boolean;
}

export interface PermissionInput {
  readonly planId: string;
  readonly agencies: readonly string[];
  readonly members: readonly PlanMemberInput[];
  /** The plan's actions as SharePoint items, with their lead agency. */
  readonly actions: readonly { readonly itemId: number; readonly agency: string | null }[];
}

const ADMIN_ROLES: ReadonlySet<string> = new Set(['plan-admin', 'improvement-lead']);
/** Roles that take part by adding entries (progress updates, workflow entries); agency owners too. */
const PARTICIPANT_ROLES: ReadonlySet<string> = new Set([
  'agency-owner',
  'agency-qa-lead',
  'safeguarding-partner',
  'lead-member',
  'chief-executive',
]);

/** The lists that hold a plan's items; notifications and site settings keep inheriting the site. */
export const PLAN_LISTS: readonly ListKey[] = [
  'plans',
  'findings',
  'actions',
  'members',
  'governance',
  'updates',
  'workflowEvents',
];

/** The titles of a plan's SharePoint groups. */
export const groupTitles = (planId: string) => ({
  prefix: `JTAI ${planId} `,
  admins: `JTAI ${planId} Admins`,
  owners: (agency: string) => `JTAI ${planId} ${agency} Owners`,
  participants: `JTAI ${planId} Participants`,
  readers: `JTAI ${planId} Readers`,
});

/** The groups one member belongs in; none once removed. An unknown role grants the least: Readers. */
export function groupsOf(planId: string, member: PlanMemberInput): string[] {
  if (member.removed) return [];
  const titles = groupTitles(planId);
  if (ADMIN_ROLES.has(member.role)) return [titles.admins];
  if (!PARTICIPANT_ROLES.has(member.role)) return [titles.readers];
  if (member.role === 'agency-owner' && member.agency !== null)
    return [titles.owners(member.agency), titles.participants];
  return [titles.participants];
}

function plannedGroups(input: PermissionInput): PlannedGroup[] {
  const titles = groupTitles(input.planId);
  const agencies = [
    ...new Set([
      ...input.agencies,
      ...input.members.flatMap((m) => (m.role === 'agency-owner' && m.agency ? [m.agency] : [])),
      ...input.actions.flatMap((a) => (a.agency ? [a.agency] : [])),
    ]),
  ].sort();
  const plan = `JTAI plan ${input.planId}`;
  const described: [string, string][] = [
    [titles.admins, `Plan admins of ${plan}: edit the plan and its configuration.`],
    ...agencies.map((agency): [string, string] => [
      titles.owners(agency),
      `${agency} owners in ${plan}: edit their agency's actions.`,
    ]),
    [titles.participants, `Members of ${plan} who add progress updates and governance entries.`],
    [titles.readers, `Readers of ${plan}.`],
  ];
  return described.map(([title, description]) => ({
    title,
    description,
    userIds: [
      ...new Set(
        input.members
          .filter((m) => groupsOf(input.planId, m).includes(title))
          .map((m) => m.userId.trim().toLowerCase())
          .filter((id) => id !== ''),
      ),
    ].sort(),
  }));
}

const group = (title: string): PlannedPrincipal => ({ kind: 'plan-group', title });
const SITE_OWNERS: PlannedAssignment = { principal: { kind: 'site-owners' }, role: 'full-control' };

/** Each group with the role `roleOf` gives it. */
const assign = (groups: readonly PlannedGroup[], roleOf: (title: string) => PlannedRole): PlannedAssignment[] =>
  groups.map((g) => ({ principal: group(g.title), role: roleOf(g.title) }));

function listLevel(key: ListKey, groups: readonly PlannedGroup[], planId: string): PlannedAssignment[] {
  const titles = groupTitles(planId);
  const isOwners = (title: string) => ![titles.admins, titles.participants, titles.readers].includes(title);
  if (LISTS[key].appendOnly) return assign(groups, (t) => (t === titles.readers ? 'read' : 'append'));
  return assign(groups, (t) => {
    if (t === titles.admins) return 'contribute';
    // Owners add actions and must be able to correct the ones they just added before a site
    // owner's next sync gives each action its own permissions (their agency's owners and the
    // admins only); SharePoint gives an item's author no rights of their own, so until then
    // an action that still inherits is editable by owners on the list.
    return key === 'actions' && isOwners(t) ? 'contribute' : 'read';
  });
}

/**
 * What one item of the plan gets: the site's Owners keep Full Control; nobody edits an entry of
 * an append-only list; an action is edited by the admins and its lead agency's owners; the rest
 * by the admins; every group of the plan reads. Nobody outside the plan reads it.
 */
function itemLevel(
  key: ListKey,
  groups: readonly PlannedGroup[],
  planId: string,
  agency: string | null,
): PlannedAssignment[] {
  const titles = groupTitles(planId);
  const editors = new Set(
    LISTS[key].appendOnly ? [] : [titles.admins, ...(key === 'actions' && agency ? [titles.owners(agency)] : [])],
  );
  return [SITE_OWNERS, ...assign(groups, (t) => (editors.has(t) ? 'contribute' : 'read'))];
}

const folderRole = (title: string, titles: ReturnType<typeof groupTitles>): PlannedRole =>
  title === titles.admins ? 'contribute' : title === titles.participants ? 'append' : 'read';

/**
 * The permissions of one plan (README, "How sign-offs are protected"): readers read; members add entries to the
 * append-only lists and never edit or delete them; agency owners edit their agency's actions;
 * plan admins edit the plan's configuration. Every item of the plan is readable only by the
 * plan's groups, so starting a plan gives nobody anything over another.
 */
export function planPermissions(input: PermissionInput): PermissionPlan {
  const titles = groupTitles(input.planId);
  const groups = plannedGroups(input);
  const lists = PLAN_LISTS.map((key): PlannedList => ({
    key,
    title: LISTS[key].displayName,
    listAssignments: listLevel(key, groups, input.planId),
    itemAssignments: itemLevel(key, groups, input.planId, null),
    itemsById: new Map(
      key === 'actions' ? input.actions.map((a) => [a.itemId, itemLevel(key, groups, input.planId, a.agency)]) : [],
    ),
  }));
  return {
    planId: input.planId,
    groupPrefix: titles.prefix,
    groups,
    lists,
    // Participants add the copy of a version they signed; only the admins change or remove a file.
    folderAssignments: [SITE_OWNERS, ...assign(groups, (t) => folderRole(t, titles))],
  };
}
