import type { Action } from './action';
import { agencyLabel, type Agency } from './agency';
import type { IsoDateTime } from './dates';
import type { ActionId, UserId } from './ids';
import type { Member } from './member';
import { agenciesMemberCanLead } from './permissions';
import {
  COUNTED,
  type CheckBasis,
  notCounted,
  rolesOf,
  standingOf,
  type NotCounted,
  type Standing,
  type Verdict,
} from './standing';

/** Who SharePoint says added an item, and when. */
export interface AddedBy {
  readonly userId: UserId;
  readonly name: string;
  readonly at: IsoDateTime;
}

/** An action the plan does not count, and why: listed on the Governance tab, left out of everything else. */
export interface UncountedAction extends NotCounted {
  readonly action: Action;
  readonly addedBy: AddedBy;
}

export type ActionStanding = Standing<Action, UncountedAction>;

const mayAddFor = (memberships: readonly Member[], lead: string, agencies: readonly Agency[]) =>
  memberships.some((m) => agenciesMemberCanLead(m, agencies).some((a) => a.key === lead));

function verdictOf(action: Action, added: AddedBy, { membershipsAt, pastLeads, agencies }: CheckBasis): Verdict {
  const memberships = membershipsAt(added.userId, added.at);
  const who = added.name || 'The person who added it';
  if (memberships.length === 0) return notCounted(`${who} was not a member of this plan when they added it.`);
  if (mayAddFor(memberships, action.leadAgency, agencies)) return COUNTED;
  const owner = memberships.some((m) => m.role === 'agency-owner');
  const versions = pastLeads.get(action.id);
  if (owner && !versions) return notCounted('Being checked against the agency the action was added for.', true);
  const first = versions?.[0];
  // Where SharePoint no longer keeps the version it was added as, the record cannot say: it counts.
  if (first && !first.first) return COUNTED;
  if (first && mayAddFor(memberships, first.lead, agencies)) return COUNTED;
  const lead = first?.lead ?? action.leadAgency;
  return notCounted(
    `When ${who} added it for ${agencyLabel(agencies, lead)}, their role in this plan was ${rolesOf(memberships, agencies)}; only that agency’s owners, and plan admins, add its actions.`,
  );
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
  basis: CheckBasis,
): ActionStanding {
  return standingOf(
    actions,
    (action) => {
      const added = addedBy.get(action.id);
      return added ? verdictOf(action, added, basis) : COUNTED;
    },
    (action, why) => ({ action, addedBy: addedBy.get(action.id)!, ...why }),
  );
}
