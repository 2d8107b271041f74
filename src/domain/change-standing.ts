import type { Action } from './action';
import type { VersionAuthor } from './action-history';
import type { AddedBy } from './action-standing';
import { agencyLabel, type Agency, type AgencyKey } from './agency';
import { formatDateTime, type IsoDateTime } from './dates';
import type { ActionId, UserId } from './ids';
import type { Member } from './member';
import { actionEditRefusal, isPlanAdmin } from './permissions';
import { rolesOf, type CheckBasis, type LeadVersion } from './standing';

/**
 * A save of an action by someone who could not make it, since a plan admin last saved the action
 * (or since it was added): `moved`, it handed the action to the agency now leading it; `changed`,
 * anything else. Listed on the Governance tab and on the action.
 */
export interface UnallowedChange {
  readonly action: Action;
  readonly kind: 'moved' | 'changed';
  /** The agency that led the action before the save. */
  readonly from: AgencyKey;
  readonly by: VersionAuthor;
  readonly at: IsoDateTime;
  /** What happened and what to do, in sentences. */
  readonly reason: string;
}

export interface ChangeStanding {
  /** Actions whose versions must be read to know who changed them, and how. */
  readonly toCheck: readonly ActionId[];
  readonly unallowed: readonly UnallowedChange[];
}

/** Whether any of a person's memberships let them save the action as it was, with the lead agency it now names. */
const mayEdit = (memberships: readonly Member[], before: AgencyKey, after: AgencyKey, agencies: readonly Agency[]) =>
  memberships.some((m) => actionEditRefusal(m, { leadAgency: before }, agencies, after) === null);

/**
 * The first save since the action was added, or a plan admin last saved it, that its author could
 * not make. A plan admin's save is theirs to make, whatever it names: it confirms the action as it is.
 */
function firstUnallowedSave(versions: readonly LeadVersion[], { membershipsAt, agencies }: CheckBasis) {
  let found: { readonly before: LeadVersion; readonly save: LeadVersion; readonly roles: string } | null = null;
  for (let i = 1; i < versions.length; i += 1) {
    const [before, save] = [versions[i - 1]!, versions[i]!];
    const memberships = membershipsAt(save.by.userId as UserId, save.at);
    if (memberships.some(isPlanAdmin)) found = null;
    else if (!found && !mayEdit(memberships, before.lead, save.lead, agencies))
      found = { before, save, roles: rolesOf(memberships, agencies) };
  }
  return found;
}

const who = (save: LeadVersion) => save.by.name || 'Someone';
const TO_CONFIRM = 'A plan admin should check it, and save the action as it is to confirm it.';

const movedReason = (from: AgencyKey, to: AgencyKey, save: LeadVersion, agencies: readonly Agency[]) =>
  `${who(save)} moved it from ${agencyLabel(agencies, from)} to ${agencyLabel(agencies, to)} on ${formatDateTime(save.at)}, straight in SharePoint; only plan admins hand actions to another agency. A plan admin should hand it back, or save it as it is to confirm the move.`;

const changedReason = (save: LeadVersion, roles: string) =>
  `${who(save)} changed it on ${formatDateTime(save.at)}, straight in SharePoint, ${roles ? `when their role in this plan was ${roles}` : 'when they were not a member of this plan'}; only plan admins, and owners of the agency leading an action, change it. Its change history shows what changed. ${TO_CONFIRM}`;

/**
 * Which actions were saved by someone who could not save them. SharePoint lets an agency's owners
 * edit its actions (and, until a site owner's next sync gives a new action its own permissions,
 * every agency's owners), and cannot stop them changing the lead agency column; the app lets only
 * plan admins hand an action on, and only they and the lead agency's owners change it
 * (`actionEditRefusal`). An action last saved by someone who, then, could save it as it is now
 * needs nothing read; any other has its versions read (`toCheck`), and the first save its author
 * could not make is reported once they show it. The plan still shows the action as SharePoint has
 * it: a plan admin decides. A save someone could not make, followed by others' saves they could,
 * is not found on reading; the action's change history still shows it.
 */
export function changeStanding(
  actions: readonly Action[],
  changedBy: ReadonlyMap<ActionId, AddedBy>,
  basis: CheckBasis,
): ChangeStanding {
  const { membershipsAt, pastLeads, agencies } = basis;
  const toCheck: ActionId[] = [];
  const unallowed: UnallowedChange[] = [];
  for (const action of actions) {
    const changed = changedBy.get(action.id);
    if (!changed) continue;
    const memberships = membershipsAt(changed.userId, changed.at);
    if (mayEdit(memberships, action.leadAgency, action.leadAgency, agencies)) continue;
    const versions = pastLeads.get(action.id);
    if (!versions) {
      toCheck.push(action.id);
      continue;
    }
    const found = firstUnallowedSave(versions, basis);
    if (!found) continue;
    const { before, save, roles } = found;
    const moved = save.lead !== before.lead && action.leadAgency !== before.lead;
    unallowed.push({
      action,
      kind: moved ? 'moved' : 'changed',
      from: before.lead,
      by: save.by,
      at: save.at,
      reason: moved ? movedReason(before.lead, action.leadAgency, save, agencies) : changedReason(save, roles),
    });
  }
  return { toCheck, unallowed };
}
