import type { Action } from './action';
import { agencyLabel, type Agency } from './agency';
import type { IsoDateTime } from './dates';
import type { ActionId, UserId } from './ids';
import { ROLE_LABEL, type Member } from './member';
import { agenciesMemberCanLead } from './permissions';
import type { PastLeads } from './update-standing';
import { historyByPerson, membershipsOf, type MembershipHistory } from './workflow/membership-history';

/** Who SharePoint says added an item, and when. */
export interface AddedBy {
  readonly userId: UserId;
  readonly name: string;
  readonly at: IsoDateTime;
}

/** An action the plan does not count, and why: listed on the Governance tab, left out of everything else. */
export interface UncountedAction {
  readonly action: Action;
  readonly addedBy: AddedBy;
  readonly reason: string;
  /** The action has been led by another agency since: its first version must be read to know. */
  readonly checking: boolean;
}

export interface ActionStanding {
  readonly counted: readonly Action[];
  readonly uncounted: readonly UncountedAction[];
}

type Verdict =
  { readonly counted: true } | { readonly counted: false; readonly reason: string; readonly checking: boolean };

const COUNTED: Verdict = { counted: true };

const mayAddFor = (memberships: readonly Member[], lead: string, agencies: readonly Agency[]) =>
  memberships.some((m) => agenciesMemberCanLead(m, agencies).some((a) => a.key === lead));

function verdictOf(
  action: Action,
  added: AddedBy,
  history: MembershipHistory,
  pastLeads: PastLeads,
  agencies: readonly Agency[],
): Verdict {
  const memberships = membershipsOf(history, added.userId, added.at);
  const who = added.name || 'The person who added it';
  if (memberships.length === 0) {
    return { counted: false, reason: `${who} was not a member of this plan when they added it.`, checking: false };
  }
  if (mayAddFor(memberships, action.leadAgency, agencies)) return COUNTED;
  const owner = memberships.some((m) => m.role === 'agency-owner');
  const versions = pastLeads.get(action.id);
  if (owner && !versions) {
    return { counted: false, reason: 'Being checked against the agency the action was added for.', checking: true };
  }
  const first = versions?.[0];
  // Where SharePoint no longer keeps the version it was added as, the record cannot say: it counts.
  if (first && !first.first) return COUNTED;
  if (first && mayAddFor(memberships, first.action.leadAgency, agencies)) return COUNTED;
  const lead = first?.action.leadAgency ?? action.leadAgency;
  const roles = memberships
    .map((m) => `${ROLE_LABEL[m.role]}${m.agency ? ` (${agencyLabel(agencies, m.agency)})` : ''}`)
    .join(' and ');
  return {
    counted: false,
    reason: `When ${who} added it for ${agencyLabel(agencies, lead)}, their role in this plan was ${roles}; only that agency’s owners, and plan admins, add its actions.`,
    checking: false,
  };
}

/**
 * Which actions count. SharePoint lets anyone who may add to the Actions list add an action for any
 * agency, so the rule the app applies when adding (`agenciesMemberCanLead`) is applied again on
 * reading: to the person SharePoint says added it, in the roles the plan's admins had recorded for
 * them then, for the agency it was added for. An action with no stamp of who added it counts.
 */
export function actionStanding(
  actions: readonly Action[],
  addedBy: ReadonlyMap<ActionId, AddedBy>,
  history: MembershipHistory,
  pastLeads: PastLeads,
  agencies: readonly Agency[],
): ActionStanding {
  const historyOf = historyByPerson(history);
  const counted: Action[] = [];
  const uncounted: UncountedAction[] = [];
  for (const action of actions) {
    const added = addedBy.get(action.id);
    const verdict = added ? verdictOf(action, added, historyOf(added.userId), pastLeads, agencies) : COUNTED;
    if (verdict.counted) counted.push(action);
    else uncounted.push({ action, addedBy: added!, reason: verdict.reason, checking: verdict.checking });
  }
  return { counted, uncounted };
}
