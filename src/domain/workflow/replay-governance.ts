import type { IsoDateTime } from '../dates';
import type { MemberId, UserId } from '../ids';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { NO_CHANGES } from './changes-since';
import { contentFacts, sameFacts, type ContentFacts } from './content-facts';
import { initialGovernance, type Governance } from './governance';
import type { GovernanceEntry, GovernanceRecord, MembershipVersion } from './governance-record';
import {
  currentMembers,
  knownNames,
  membersAt,
  membershipHistory,
  membershipsOf,
  type MembershipHistory,
} from './membership-history';
import { transition } from './transition';
import type { WorkflowEvent } from './workflow-event';
import type { WorkflowError } from './workflow-error';

/** Whether an entry changed the plan's governance, and if not, why not. */
export interface EntryVerdict {
  readonly entry: GovernanceEntry;
  readonly counted: boolean;
  /** Why it was not counted (null when it was). */
  readonly reason: string | null;
}

export interface ReplayedGovernance {
  readonly governance: Governance;
  /** Every entry, in the order it was added, with whether it counted. */
  readonly verdicts: readonly EntryVerdict[];
  /** Membership changes made by someone who could not make them, which grant nothing. */
  readonly uncountedMemberships: readonly MembershipVersion[];
  /** The plan's members now, as its admins recorded them. */
  readonly members: readonly Member[];
  /** The signed content differs from the last recorded change: something changed it with no record. */
  readonly unrecordedChange: boolean;
}

type ContentChange = Extract<WorkflowEvent, { type: 'content-changed' }>;

const EDITING_ROLES = new Set(['plan-admin', 'improvement-lead', 'agency-owner']);

/** Who an unrecorded change is put down to in the trail. */
const UNRECORDED: Omit<Member, 'planId'> = {
  id: 'mem-unrecorded' as MemberId,
  userId: 'unrecorded' as UserId,
  displayName: 'No one on record (a change found when the plan was loaded)',
  email: '',
  jobTitle: '',
  role: 'plan-admin',
  agency: null,
};

const changeOf = (entry: GovernanceEntry): ContentChange | null =>
  entry.event?.type === 'content-changed' ? entry.event : null;

/** Changes of content recorded by someone who could have made them: these mark the content's history. */
function recordedChanges(entries: readonly GovernanceEntry[], history: MembershipHistory): number[] {
  return entries.flatMap((entry, index) => {
    const change = changeOf(entry);
    const editor = membershipsOf(history, entry.author.userId, entry.at).some((m) => EDITING_ROLES.has(m.role));
    return change && editor && change.before.planId === change.after.planId ? [index] : [];
  });
}

/**
 * The hashes of the signed content when each entry was made: those just before the next recorded
 * change, or the content now when no change was recorded after it.
 */
function factsTimeline(entries: readonly GovernanceEntry[], changes: readonly number[], now: ContentFacts) {
  return entries.map((_, index) => {
    const next = changes.find((c) => c > index);
    return next === undefined ? now : (changeOf(entries[next]!)?.before ?? now);
  });
}

function claimRefusal(entry: GovernanceEntry, history: MembershipHistory): string | null {
  const claim = entry.claimedBy;
  if (!claim) return null;
  const names = knownNames(history, entry.author.userId);
  const sameName = claim.name === '' || claim.name === entry.author.name || names.has(claim.name);
  if (claim.userId === entry.author.userId && sameName) return null;
  const claimed = claim.name || claim.userId;
  return `It says it was made by ${claimed}, but SharePoint records ${entry.author.name} as the person who added it.`;
}

/** The most telling refusal among those of each membership the person held. */
const mostTelling = (errors: readonly WorkflowError[]): WorkflowError | undefined =>
  errors.find((e) => e.code !== 'WORKFLOW.NOT_PERMITTED') ?? errors[0];

interface Run {
  governance: Governance;
  verdicts: EntryVerdict[];
}

function apply(
  run: Run,
  entry: GovernanceEntry,
  actors: readonly Member[],
  content: PlanSnapshot,
  facts: ContentFacts,
): void {
  const errors: WorkflowError[] = [];
  for (const actor of actors) {
    const result = transition(run.governance, entry.event!, actor, entry.at, content, { facts, entryId: entry.id });
    if (result.ok) {
      run.governance = result.value.governance;
      run.verdicts.push({ entry, counted: true, reason: null });
      return;
    }
    errors.push(result.error);
  }
  run.verdicts.push({ entry, counted: false, reason: mostTelling(errors)?.message ?? 'It was refused.' });
}

function replayEntry(
  run: Run,
  entry: GovernanceEntry,
  history: MembershipHistory,
  current: PlanSnapshot,
  facts: ContentFacts,
) {
  const refuse = (reason: string) => run.verdicts.push({ entry, counted: false, reason });
  if (!entry.event) return refuse(entry.unreadable ?? 'Its contents could not be read.');
  const claim = claimRefusal(entry, history);
  if (claim) return refuse(claim);
  const memberships = membershipsOf(history, entry.author.userId, entry.at);
  if (memberships.length === 0) {
    return refuse(`${entry.author.name} was not a member of this plan when this was added.`);
  }
  const actors = memberships.map((m) => ({ ...m, displayName: entry.author.name }));
  const content = { ...current, members: membersAt(history, entry.at) };
  apply(run, entry, actors, content, facts);
}

/** A change of signed content that no entry records, found by comparing the last record with now. */
function unrecordedChange(
  run: Run,
  after: GovernanceEntry,
  before: ContentFacts,
  now: ContentFacts,
  current: PlanSnapshot,
) {
  const actor: Member = { ...UNRECORDED, planId: current.plan.id };
  const event: WorkflowEvent = {
    type: 'content-changed',
    before,
    after: now,
    changes: NO_CHANGES,
  };
  const result = transition(run.governance, event, actor, after.at as IsoDateTime, current, {
    facts: now,
    entryId: `${after.id}-unrecorded`,
  });
  if (result.ok) run.governance = result.value.governance;
}

/**
 * A plan's governance, worked out from its record alone: each entry is replayed through the
 * workflow as the person SharePoint says added it, in the roles they held in the plan at that
 * moment, against the content as it then was. An entry the workflow refuses changes nothing and
 * is listed with the reason, so a forged or mistaken entry is visible rather than silent.
 */
export function replayGovernance(
  record: GovernanceRecord,
  current: PlanSnapshot,
  history: MembershipHistory = membershipHistory(record),
): ReplayedGovernance {
  const entries = [...record.entries].sort((a, b) => a.position - b.position);
  const now = contentFacts(current);
  const changes = recordedChanges(entries, history);
  const timeline = factsTimeline(entries, changes, now);
  const last = changes.at(-1);
  const lastAfter = last === undefined ? null : changeOf(entries[last]!)!.after;
  const drifted = lastAfter !== null && !sameFacts(lastAfter, now);
  const run: Run = { governance: initialGovernance(record.planId), verdicts: [] };
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      run.verdicts.push({ entry, counted: false, reason: 'Another entry already has this id.' });
      return;
    }
    seen.add(entry.id);
    replayEntry(run, entry, history, current, timeline[index]!);
    if (index === last && drifted) unrecordedChange(run, entry, lastAfter, now, current);
  });
  return {
    governance: run.governance,
    verdicts: run.verdicts,
    uncountedMemberships: history.uncounted,
    members: currentMembers(history),
    unrecordedChange: drifted,
  };
}
