import { DEFAULT_AGENCIES, type Agency } from '../../domain/agency';
import type { Role } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOff } from '../../domain/sign-off';
import type { Governance } from '../../domain/workflow/governance';
import { LISTS } from '../../data/sharepoint/list-schema';
import type { ItemRecord, SiteState } from '../model/list-model';
import { findList } from '../model/site-lookup';
import { currentContent, currentGovernance, storedSignOffs } from './governance-facts';
import { ACTION_COLUMNS, MEMBER_COLUMNS, PLAN_COLUMNS, TITLE } from './schema-columns';
import { textOf } from './write-attempt';

export interface Membership {
  readonly role: string;
  readonly agency: string | null;
}

const ADMIN_ROLES: readonly Role[] = ['plan-admin', 'improvement-lead'];

/** What the permission plan needs to know about a plan, read from the product lists. */
export interface PlanFacts {
  membershipsOf(planId: string, userId: string): Membership[];
  isAdmin(planId: string, userId: string): boolean;
  hasPlanAdmin(planId: string): boolean;
  /** Who created the plan's item in the Plans list (the first, if there are several). */
  creatorOf(planId: string): string | null;
  /** The agency's short name as the plan lists it, e.g. "Police". */
  agencyLabel(planId: string, agency: string): string;
  /** The lead agency of an action, by its domain id. */
  actionAgency(planId: string, actionId: string): string | null;
  /** The plan's governance now, with sign-offs and audit from their own lists. */
  governance(planId: string): Governance;
  /** The plan's content as stored now; null when the plan has no item. */
  content(planId: string): PlanSnapshot | null;
  signOffs(planId: string): SignOff[];
}

export function planFacts(site: SiteState): PlanFacts {
  const itemsOf = (title: string, planColumn: string, planId: string): ItemRecord[] => {
    const list = findList(site, title);
    return list ? [...list.items.values()].filter((i) => textOf(i.fields, planColumn) === planId) : [];
  };
  const members = (planId: string) =>
    itemsOf(LISTS.members.displayName, MEMBER_COLUMNS.planId, planId).map((i) => ({
      userId: textOf(i.fields, MEMBER_COLUMNS.userId),
      role: textOf(i.fields, MEMBER_COLUMNS.role) ?? '',
      agency: textOf(i.fields, MEMBER_COLUMNS.agency),
    }));
  const planItem = (planId: string) => itemsOf(LISTS.plans.displayName, PLAN_COLUMNS.planId, planId)[0];
  const membershipsOf = (planId: string, userId: string) => members(planId).filter((m) => m.userId === userId);
  return {
    membershipsOf,
    isAdmin: (planId, userId) => membershipsOf(planId, userId).some((m) => ADMIN_ROLES.includes(m.role as Role)),
    hasPlanAdmin: (planId) => members(planId).some((m) => m.role === 'plan-admin'),
    creatorOf: (planId) => planItem(planId)?.authorId ?? null,
    agencyLabel: (planId, agency) => agenciesOf(planItem(planId)).find((a) => a.key === agency)?.shortName ?? agency,
    actionAgency: (planId, actionId) => {
      const action = itemsOf(LISTS.actions.displayName, ACTION_COLUMNS.planId, planId).find(
        (i) => i.fields[TITLE] === actionId,
      );
      return action ? textOf(action.fields, ACTION_COLUMNS.agency) : null;
    },
    governance: (planId) => currentGovernance(site, planId),
    content: (planId) => currentContent(site, planId),
    signOffs: (planId) => storedSignOffs(site, planId),
  };
}

/** The plan's own agency list when it parses, else the defaults: a label is never worth a 500. */
function agenciesOf(plan: ItemRecord | undefined): readonly Agency[] {
  const json = textOf(plan?.fields ?? null, PLAN_COLUMNS.agencies);
  if (json === null) return DEFAULT_AGENCIES;
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? [...parsed.filter(isAgency), ...DEFAULT_AGENCIES] : DEFAULT_AGENCIES;
  } catch {
    return DEFAULT_AGENCIES;
  }
}

const isAgency = (value: unknown): value is Agency =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Agency).key === 'string' &&
  typeof (value as Agency).shortName === 'string';
