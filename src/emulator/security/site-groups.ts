import { EMULATOR_SITE_OWNERS } from '../emulator-site';
import type { SecurityMutation } from '../model/security-mutation';
import {
  EDIT_ID,
  FULL_CONTROL_ID,
  READ_ID,
  WEB_SCOPE,
  type SecurityState,
  type SpGroup,
  type SpUser,
} from '../model/security-model';
import { DEMO_PERSONAS } from '../seed/demo-directory';
import { siteUserFor, siteUserOf } from './site-users';

interface AssociatedGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly roleDefId: number;
}

/**
 * The three groups SharePoint makes with a team site, with the principal ids a new site gives
 * them, and the permission level each holds on the web.
 */
export const OWNERS_GROUP: AssociatedGroup = {
  id: 3,
  title: 'Safeguarding Partnership Owners',
  description: 'Use this group to grant people full control permissions to the SharePoint site.',
  roleDefId: FULL_CONTROL_ID,
};
export const VISITORS_GROUP: AssociatedGroup = {
  id: 4,
  title: 'Safeguarding Partnership Visitors',
  description: 'Use this group to grant people read permissions to the SharePoint site.',
  roleDefId: READ_ID,
};
export const MEMBERS_GROUP: AssociatedGroup = {
  id: 5,
  title: 'Safeguarding Partnership Members',
  description: 'Use this group to grant people contribute permissions to the SharePoint site.',
  roleDefId: EDIT_ID,
};

const ASSOCIATED_GROUPS: readonly AssociatedGroup[] = [OWNERS_GROUP, VISITORS_GROUP, MEMBERS_GROUP];

/** Who each group holds on a new site: the owners, every other persona a member, no visitors. */
function membersOf(group: AssociatedGroup): readonly string[] {
  if (group === OWNERS_GROUP) return EMULATOR_SITE_OWNERS;
  if (group === MEMBERS_GROUP) return DEMO_PERSONAS.map((p) => p.id).filter((id) => !EMULATOR_SITE_OWNERS.includes(id));
  return [];
}

/** The site users the groups need, reusing those the site already knows. */
function usersFor(security: SecurityState): { users: SpUser[]; all: SpUser[] } {
  const users: SpUser[] = [];
  let nextId = security.nextPrincipalId;
  const all = DEMO_PERSONAS.map((persona) => {
    const known = siteUserOf(security, persona.id);
    if (known) return known;
    const user = siteUserFor(persona, nextId++);
    users.push(user);
    return user;
  });
  return { users, all };
}

/**
 * The change that gives a site its associated groups and the web its role assignments, or null
 * when the site has them. A new or wiped site needs it; so does one kept from before the emulator
 * modelled the web. It is journaled like any change, so a replay never depends on this code.
 */
export function siteProvisioning(security: SecurityState): SecurityMutation | null {
  if (security.scopes.has(WEB_SCOPE)) return null;
  const { users, all } = usersFor(security);
  const userId = (personaId: string) => all.find((u) => u.personaId === personaId)?.id;
  const groups: SpGroup[] = ASSOCIATED_GROUPS.filter((g) => !security.groups.some((e) => e.id === g.id)).map((g) => ({
    id: g.id,
    title: g.title,
    description: g.description,
    userIds: membersOf(g)
      .map(userId)
      .filter((id) => id !== undefined),
    // SharePoint makes the Owners group the owner of all three, so any site owner keeps them.
    ownerId: OWNERS_GROUP.id,
  }));
  const web = ASSOCIATED_GROUPS.map((g) => ({ principalId: g.id, roleDefIds: [g.roleDefId] }));
  return { type: 'sp-site-provisioned', users, groups, web };
}

/** The web's associated groups by their REST names. */
export const ASSOCIATED_GROUP_BY_ROUTE: Readonly<Record<string, AssociatedGroup>> = {
  associatedownergroup: OWNERS_GROUP,
  associatedmembergroup: MEMBERS_GROUP,
  associatedvisitorgroup: VISITORS_GROUP,
};
