import type { Action } from './action';
import type { VersionAuthor } from './action-history';
import type { AddedBy } from './action-standing';
import { agencyLabel, type Agency, type AgencyKey } from './agency';
import { formatDateTime, type IsoDateTime } from './dates';
import type { ActionId, UserId } from './ids';
import { actionEditRefusal, isPlanAdmin } from './permissions';
import type { CheckBasis, LeadVersion } from './standing';
import { historyByPerson, membershipsOf, type MembershipHistory } from './workflow/membership-history';

/** An action moved to another agency by someone who may not hand actions on: listed on the Governance tab. */
export interface UnconfirmedHandOver {
  readonly action: Action;
  /** The agency that last led it by a plan admin's choice (or the one it was added for). */
  readonly from: AgencyKey;
  readonly by: VersionAuthor;
  readonly at: IsoDateTime;
  /** What happened and what to do, in sentences. */
  readonly reason: string;
}

export interface HandOverStanding {
  /** Actions whose versions must be read to know who moved them to their lead agency. */
  readonly toCheck: readonly ActionId[];
  readonly unconfirmed: readonly UnconfirmedHandOver[];
}

type HistoryOf = (userId: UserId) => MembershipHistory;

/**
 * The first change of lead agency no plan admin made, since the one an admin made or the action was
 * added with, when it still stands. A plan admin's later save of the action, whatever agency it
 * names, is theirs to make: it confirms that agency.
 */
function unconfirmedMove(versions: readonly LeadVersion[], historyOf: HistoryOf) {
  let accepted = versions[0]?.lead;
  let move: { readonly from: AgencyKey; readonly version: LeadVersion } | null = null;
  for (const version of versions.slice(1)) {
    const { lead } = version;
    const userId = version.by.userId as UserId;
    if (membershipsOf(historyOf(userId), userId, version.at).some(isPlanAdmin)) {
      accepted = lead;
      move = null;
    } else if (lead !== accepted && accepted !== undefined) {
      move ??= { from: accepted, version };
    } else if (lead === accepted) {
      move = null;
    }
  }
  return move;
}

const reasonOf = (from: AgencyKey, to: AgencyKey, version: LeadVersion, agencies: readonly Agency[]) =>
  `${version.by.name || 'Someone who is not a plan admin'} moved it from ${agencyLabel(agencies, from)} to ${agencyLabel(agencies, to)} on ${formatDateTime(version.at)}, straight in SharePoint; only plan admins hand actions to another agency. A plan admin should hand it back, or save it as it is to confirm the move.`;

/**
 * Which actions were handed to their lead agency by someone who may not. SharePoint lets an agency's
 * owners edit its actions, and cannot stop them changing the lead agency column; the app lets only
 * plan admins (`actionEditRefusal`). An action last changed by someone who, then, could edit it as
 * it is now (a plan admin, or an owner of its lead agency) needs nothing read; any other has its
 * versions read (`toCheck`), and the move is reported once they show it. The plan still shows the
 * action where SharePoint has it: a plan admin decides.
 */
export function handOverStanding(
  actions: readonly Action[],
  changedBy: ReadonlyMap<ActionId, AddedBy>,
  { history, pastLeads, agencies }: CheckBasis,
): HandOverStanding {
  const historyOf = historyByPerson(history);
  const toCheck: ActionId[] = [];
  const unconfirmed: UnconfirmedHandOver[] = [];
  for (const action of actions) {
    const changed = changedBy.get(action.id);
    if (!changed) continue;
    const memberships = membershipsOf(historyOf(changed.userId), changed.userId, changed.at);
    if (memberships.some((m) => actionEditRefusal(m, action, agencies) === null)) continue;
    const versions = pastLeads.get(action.id);
    if (!versions) {
      toCheck.push(action.id);
      continue;
    }
    const move = unconfirmedMove(versions, historyOf);
    if (!move || move.from === action.leadAgency) continue;
    const { from, version } = move;
    unconfirmed.push({
      action,
      from,
      by: version.by,
      at: version.at,
      reason: reasonOf(from, action.leadAgency, version, agencies),
    });
  }
  return { toCheck, unconfirmed };
}
