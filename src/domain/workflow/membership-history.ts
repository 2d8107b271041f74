import type { IsoDateTime } from '../dates';
import type { UserId } from '../ids';
import type { Member } from '../member';
import { isAdminRole } from './actor';
import type { GovernanceRecord, MembershipVersion } from './governance-record';

/** Memberships as the plan's admins recorded them, over time. */
export interface MembershipHistory {
  /** The versions that count, oldest first. */
  readonly counted: readonly MembershipVersion[];
  /** Versions written by someone who was not a plan admin then (nor the plan's creator before it had one). */
  readonly uncounted: readonly MembershipVersion[];
}

const byTime = (a: MembershipVersion, b: MembershipVersion) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** The latest counted version of each membership at `at` (inclusive). */
function latestAt(counted: readonly MembershipVersion[], at: IsoDateTime): Map<string, MembershipVersion> {
  const latest = new Map<string, MembershipVersion>();
  for (const v of counted) if (v.at <= at) latest.set(v.member.id, v);
  return latest;
}

const activeIn = (latest: Map<string, MembershipVersion>): Member[] =>
  [...latest.values()].filter((v) => !v.removed).map((v) => v.member);

/**
 * Which membership versions count: those written by a plan admin of the plan at the time, or by
 * the person who created the plan while it had no plan admin yet (how its first admin gets in).
 * SharePoint stamps who wrote each version, so a membership slipped into the list by someone
 * else — before the list's permissions were applied, say — grants nothing.
 */
export function membershipHistory(record: GovernanceRecord): MembershipHistory {
  const counted: MembershipVersion[] = [];
  const uncounted: MembershipVersion[] = [];
  for (const version of [...record.memberships].sort(byTime)) {
    const active = activeIn(latestAt(counted, version.at));
    const isAdmin = active.some((m) => m.userId === version.by && isAdminRole(m.role));
    const bootstrapping = !active.some((m) => m.role === 'plan-admin') && record.createdBy?.userId === version.by;
    (isAdmin || bootstrapping ? counted : uncounted).push(version);
  }
  return { counted, uncounted };
}

/** The plan's members at an instant. */
export const membersAt = (history: MembershipHistory, at: IsoDateTime): Member[] =>
  activeIn(latestAt(history.counted, at));

/** One person's memberships at an instant (usually one). */
export const membershipsOf = (history: MembershipHistory, userId: UserId, at: IsoDateTime): Member[] =>
  membersAt(history, at).filter((m) => m.userId === userId);

/** Whether anyone ever recorded this person under this name, to tell a renamed person from a forged name. */
export const knownNames = (history: MembershipHistory, userId: UserId): ReadonlySet<string> =>
  new Set(history.counted.filter((v) => v.member.userId === userId).map((v) => v.member.displayName));

/** The plan's members now, as its admins recorded them (the latest counted version of each). */
export const currentMembers = (history: MembershipHistory): Member[] =>
  activeIn(latestAt(history.counted, '9999-12-31T23:59:59.999Z' as IsoDateTime));

/**
 * The membership history narrowed to each person's own memberships (every version of each, whoever
 * it named then), so checking thousands of updates or actions does not scan every membership for each.
 */
export function historyByPerson(history: MembershipHistory): (userId: UserId) => MembershipHistory {
  const idsOf = new Map<UserId, Set<string>>();
  for (const v of history.counted)
    idsOf.set(v.member.userId, (idsOf.get(v.member.userId) ?? new Set()).add(v.member.id));
  const narrowed = new Map<UserId, MembershipHistory>();
  return (userId) => {
    const ids = idsOf.get(userId);
    if (!ids) return { counted: [], uncounted: [] };
    const found = narrowed.get(userId) ?? {
      counted: history.counted.filter((v) => ids.has(v.member.id)),
      uncounted: [],
    };
    narrowed.set(userId, found);
    return found;
  };
}
