import type { ActionVersion, VersionAuthor } from './action-history';
import { agencyLabel, type Agency, type AgencyKey } from './agency';
import type { IsoDateTime } from './dates';
import type { ActionId, UserId } from './ids';
import { ROLE_LABEL, type Member } from './member';
import { historyByPerson, membershipsOf, type MembershipHistory } from './workflow/membership-history';

/**
 * Why something read from a list does not count. `checking`: the action it concerns has been led by
 * another agency since, and its versions must be read to know; until then it does not count.
 */
export interface NotCounted {
  readonly reason: string;
  readonly checking: boolean;
}

/** What counts and what does not, of one kind of item read from a list. */
export interface Standing<T, U extends NotCounted> {
  readonly counted: readonly T[];
  readonly uncounted: readonly U[];
}

/** What the checks need of one stored version of an action: who saved it, when, and the agency it named. */
export interface LeadVersion {
  readonly lead: AgencyKey;
  readonly at: IsoDateTime;
  readonly by: VersionAuthor;
  /** Whether this is the version the action was added as (SharePoint drops the oldest beyond its limit). */
  readonly first: boolean;
}

export const leadVersionOf = ({ action, at, by, first }: ActionVersion): LeadVersion => ({
  lead: action.leadAgency,
  at,
  by,
  first,
});

/** Each action's versions, oldest first, for the actions whose past lead agencies have been read. */
export type PastLeads = ReadonlyMap<ActionId, readonly LeadVersion[]>;

/** What each check of who added or changed an item reads: the plan's record, not the item's own columns. */
export interface CheckBasis {
  /** A person's memberships of the plan at an instant, as its admins had recorded them. */
  membershipsAt(userId: UserId, at: IsoDateTime): readonly Member[];
  readonly pastLeads: PastLeads;
  readonly agencies: readonly Agency[];
}

/** The basis of the checks: the membership history narrowed by person once, for thousands of items. */
export function checkBasis(history: MembershipHistory, pastLeads: PastLeads, agencies: readonly Agency[]): CheckBasis {
  const historyOf = historyByPerson(history);
  return { membershipsAt: (userId, at) => membershipsOf(historyOf(userId), userId, at), pastLeads, agencies };
}

export type Verdict = { readonly counted: true } | ({ readonly counted: false } & NotCounted);

export const COUNTED: Verdict = { counted: true };

export const notCounted = (reason: string, checking = false): Verdict => ({ counted: false, reason, checking });

/** A person's memberships as a reason names them: "Agency owner (Police) and Reader". */
export const rolesOf = (memberships: readonly Member[], agencies: readonly Agency[]): string =>
  memberships
    .map((m) => `${ROLE_LABEL[m.role]}${m.agency ? ` (${agencyLabel(agencies, m.agency)})` : ''}`)
    .join(' and ');

/** Sorts items by their verdicts into those that count and those that do not, with why. */
export function standingOf<T, U extends NotCounted>(
  items: readonly T[],
  verdictOf: (item: T) => Verdict,
  uncounted: (item: T, why: NotCounted) => U,
): Standing<T, U> {
  const counted: T[] = [];
  const left: U[] = [];
  for (const item of items) {
    const verdict = verdictOf(item);
    if (verdict.counted) counted.push(item);
    else left.push(uncounted(item, { reason: verdict.reason, checking: verdict.checking }));
  }
  return { counted, uncounted: left };
}
