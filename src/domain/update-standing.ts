import type { Action } from './action';
import { agencyLabel, type AgencyKey } from './agency';
import type { IsoDateTime } from './dates';
import type { ActionId } from './ids';
import { agencyActedFor, type Member } from './member';
import { canPostUpdate } from './permissions';
import type { ProgressUpdate } from './progress-update';
import {
  COUNTED,
  type CheckBasis,
  type LeadVersion,
  notCounted,
  rolesOf,
  standingOf,
  type NotCounted,
  type Standing,
  type Verdict,
} from './standing';

/** A progress update the plan does not count, and why; shown beside the action, left out of every status and report. */
export interface UncountedUpdate extends NotCounted {
  readonly update: ProgressUpdate;
}

export type UpdateStanding = Standing<ProgressUpdate, UncountedUpdate>;

/**
 * The agency that led the action at `at`, from its versions (oldest first). Before the oldest version
 * SharePoint still keeps, the oldest one answers: it is the nearest the record reaches.
 */
export function leadAgencyAt(versions: readonly LeadVersion[], at: IsoDateTime): AgencyKey | null {
  let lead: AgencyKey | null = versions[0]?.lead ?? null;
  for (const version of versions) if (version.at <= at) lead = version.lead;
  return lead;
}

/** Whether any of a person's memberships at the time let them post on an action led by `lead`. */
const mayPostFor = (memberships: readonly Member[], lead: AgencyKey) =>
  memberships.some((m) => canPostUpdate(m, { leadAgency: lead }));

function verdictOf(
  update: ProgressUpdate,
  action: Action,
  { membershipsAt, pastLeads, agencies }: CheckBasis,
): Verdict {
  const memberships = membershipsAt(update.authorId, update.at);
  const who = update.authorName || 'The person who posted this';
  if (memberships.length === 0) return notCounted(`${who} was not a member of this plan when it was posted.`);
  if (mayPostFor(memberships, action.leadAgency)) return COUNTED;
  // Only an owner or QA lead of an agency might have led the action before it was handed on.
  const versions = pastLeads.get(action.id);
  const forAnAgency = memberships.some((m) => agencyActedFor(m) !== null);
  if (forAnAgency && !versions) return notCounted('Being checked against the action’s history of lead agencies.', true);
  const lead = (versions && leadAgencyAt(versions, update.at)) ?? action.leadAgency;
  if (mayPostFor(memberships, lead)) return COUNTED;
  return notCounted(
    `When it was posted, ${who}’s role in this plan was ${rolesOf(memberships, agencies)}; only ${agencyLabel(agencies, lead)}’s owners and QA leads, and plan admins, post progress on this action.`,
  );
}

/**
 * Which progress updates count. SharePoint lets anyone who may add to the list add an update on any
 * action, so the rule the app applies when posting (`canPostUpdate`) is applied again on reading: to
 * the author SharePoint stamped, in the roles the plan's admins had recorded for them when it was
 * posted, against the agency leading the action then. An update on an action no longer in the plan
 * is counted: nothing shows or reports it.
 */
export function updateStanding(
  updates: readonly ProgressUpdate[],
  actions: readonly Action[],
  basis: CheckBasis,
): UpdateStanding {
  const byId = new Map(actions.map((a) => [a.id, a]));
  return standingOf(
    updates,
    (update) => {
      const action = byId.get(update.actionId);
      return action ? verdictOf(update, action, basis) : COUNTED;
    },
    (update, why) => ({ update, ...why }),
  );
}

/** The actions whose past lead agencies must be read to settle an update. */
export const actionsToCheck = (standing: UpdateStanding): ActionId[] => [
  ...new Set(standing.uncounted.filter((u) => u.checking).map((u) => u.update.actionId)),
];
