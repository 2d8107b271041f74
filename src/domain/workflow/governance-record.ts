import type { IsoDateTime } from '../dates';
import type { PlanId, UserId } from '../ids';
import type { Member } from '../member';
import type { WorkflowEvent } from './workflow-event';

/** A person as SharePoint stamped them on an item: their directory id and display name. */
export interface StampedPerson {
  readonly userId: UserId;
  readonly name: string;
}

/**
 * One entry of a plan's governance record (a sign-off, a decision, a comment, a stage move, a
 * change of signed content…), with what SharePoint itself recorded about it: who added it and
 * when. What the entry says about its own author is kept separately, only to be checked.
 */
export interface GovernanceEntry {
  /** The entry's own id (a unique column), from which the ids it mints are derived. */
  readonly id: string;
  /** SharePoint's item id: entries are replayed in the order they were added. */
  readonly position: number;
  /** When SharePoint stored it (`createdDateTime`). */
  readonly at: IsoDateTime;
  /** Who SharePoint says added it (`createdBy.user`). */
  readonly author: StampedPerson;
  /** Who the entry says made it, if it says (for display in SharePoint itself); never trusted. */
  readonly claimedBy: { readonly userId: string; readonly name: string } | null;
  /** What happened, or null when the entry cannot be read. */
  readonly event: WorkflowEvent | null;
  /** Why the entry cannot be read, when it cannot. */
  readonly unreadable?: string;
}

/** One state of one membership, as SharePoint's item versions keep it: who wrote it and when. */
export interface MembershipVersion {
  readonly member: Member;
  /** Removed from the plan (members are kept, not deleted, so their history stays). */
  readonly removed: boolean;
  readonly at: IsoDateTime;
  readonly by: UserId;
}

/** Everything the app reads to work out a plan's governance: nothing in it is taken on trust. */
export interface GovernanceRecord {
  readonly planId: PlanId;
  /** Who created the plan (its first admin until it has one), as SharePoint stamped the plan item. */
  readonly createdBy: { readonly userId: UserId; readonly at: IsoDateTime } | null;
  readonly entries: readonly GovernanceEntry[];
  /** Every version of every membership of the plan, in any order. */
  readonly memberships: readonly MembershipVersion[];
}

export const emptyRecord = (planId: PlanId): GovernanceRecord => ({
  planId,
  createdBy: null,
  entries: [],
  memberships: [],
});
