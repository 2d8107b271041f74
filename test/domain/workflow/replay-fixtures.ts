import type { IsoDateTime } from '../../../src/domain/dates';
import type { UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type {
  GovernanceEntry,
  GovernanceRecord,
  MembershipVersion,
} from '../../../src/domain/workflow/governance-record';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { PLAN_ID, people } from './workflow-fixtures';

/** Minute `n` of the day the record is written. */
export const at = (n: number): IsoDateTime => new Date(Date.UTC(2018, 3, 10, 9, n, 0)).toISOString() as IsoDateTime;

/** One entry as SharePoint would return it: added by `author`, at minute `minute`, in position `position`. */
export function anEntry(
  position: number,
  author: Member,
  event: WorkflowEvent | null,
  options: { minute?: number; claimedBy?: GovernanceEntry['claimedBy']; id?: string } = {},
): GovernanceEntry {
  return {
    id: options.id ?? `wfe-${position}`,
    position,
    at: at(options.minute ?? 10 + position),
    author: { userId: author.userId, name: author.displayName },
    claimedBy:
      options.claimedBy === undefined ? { userId: author.userId, name: author.displayName } : options.claimedBy,
    event,
    ...(event === null ? { unreadable: 'Its contents are not valid JSON.' } : {}),
  };
}

export const joined = (member: Member, minute = 0, by: Member = people.dcs): MembershipVersion => ({
  member,
  removed: false,
  at: at(minute),
  by: by.userId,
});

/** Every person in the fixtures, added by the DCS (who created the plan) at minute 0. */
export const EVERYONE: readonly MembershipVersion[] = Object.values(people).map((m) => joined(m));

export function aRecord(
  entries: readonly GovernanceEntry[],
  memberships: readonly MembershipVersion[] = EVERYONE,
): GovernanceRecord {
  return { planId: PLAN_ID, createdBy: { userId: people.dcs.userId as UserId, at: at(0) }, entries, memberships };
}

/** The happy path's events as entries made by the people who made them, one a minute. */
export const asEntries = (steps: readonly (readonly [WorkflowEvent, Member])[], from = 1): GovernanceEntry[] =>
  steps.map(([event, actor], i) => anEntry(from + i, actor, event));
