import type { Action } from '../domain/action';
import type { AddedBy } from '../domain/action-standing';
import type { ActionVersion } from '../domain/action-history';
import type { AgencyKey } from '../domain/agency';
import type { IsoDateTime } from '../domain/dates';
import type { Finding } from '../domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import type { DirectoryUser } from '../domain/persona';
import type { Plan } from '../domain/plan';
import type { ProgressUpdate } from '../domain/progress-update';
import type { Brand } from '../domain/ids';
import type { GovernanceEntry, GovernanceRecord } from '../domain/workflow/governance-record';
import type { GovernanceSummary } from '../domain/workflow/governance-summary';
import type { ChainStageKey } from '../domain/workflow/stage-vocabulary';
import type { WorkflowEvent } from '../domain/workflow/workflow-event';

/**
 * An opaque token for the stored revision of an entity. Callers pass back the one they
 * last read; a stale one makes the write fail with `StoreError{kind:'conflict'}`.
 */
export type StoreVersion = Brand<string, 'StoreVersion'>;

export interface Versioned<T> {
  readonly value: T;
  readonly version: StoreVersion;
  /** Who SharePoint says last changed the item, and when, when it says. */
  readonly changedBy?: { readonly userId: UserId; readonly name: string; readonly at?: IsoDateTime };
  /** Who SharePoint says added the item, and when. */
  readonly addedBy?: AddedBy;
}

/** Two or more items that claim one id: the first one added is used, the others are set aside. */
export interface DuplicateItems {
  readonly kind: 'plan' | 'finding' | 'action' | 'member';
  readonly id: string;
  /** How many items beyond the first claim the id. */
  readonly extra: number;
}

export interface LoadedPlan {
  readonly plan: Versioned<Plan>;
  readonly findings: readonly Versioned<Finding>[];
  readonly actions: readonly Versioned<Action>[];
  /** Each update's author is the person SharePoint says posted it. */
  readonly updates: readonly ProgressUpdate[];
  /** Current members (those not removed). */
  readonly members: readonly Versioned<Member>[];
  /** Everything the plan's governance is worked out from: entries and membership, with SharePoint's stamps. */
  readonly record: GovernanceRecord;
  /** The admins' summary of the plan's governance, as last kept (the record decides; this may lag). */
  readonly summary: GovernanceSummary | null;
  readonly duplicates: readonly DuplicateItems[];
}

/**
 * What a look at a plan's lists found since the last: `none`, `changed` (load the plan again to
 * see what), or `restart` (the server could not say what changed since; load the plan again).
 */
export type PlanChanges = 'none' | 'changed' | 'restart';

/** Watches one plan's lists for changes by anyone, one request a look when nothing changed. */
export interface PlanChangeFeed {
  /** The first look starts watching from now and reports `none`; each later one, what changed since. */
  poll(): Promise<PlanChanges>;
}

/** A new entry for a plan's governance record: added once, never changed. */
export interface NewGovernanceEntry {
  /** Unique on the site; a retry with the same id adds nothing. */
  readonly id: string;
  readonly planId: PlanId;
  /** The stage the person saw (repeated for people reading the list in SharePoint). */
  readonly stage: ChainStageKey;
  /** Who the app believes is adding it, for the list's readers: SharePoint stamps who really did. */
  readonly by: { readonly userId: UserId; readonly name: string };
  readonly event: WorkflowEvent;
}

/** A file for the site's document library, e.g. the consolidated submission as Word or Excel. */
export interface SubmissionFile {
  /** The file goes in the plan's own folder, `JTAI submissions/<planId>/`. */
  readonly planId: PlanId;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/** A file as the document library holds it after a save. */
export interface SavedFile {
  readonly name: string;
  /** Opens (or downloads) the file in the browser. */
  readonly webUrl: string;
  /** SharePoint's version label, e.g. "3.0": each save of the same file adds one. */
  readonly version: string;
  readonly size: number;
  readonly savedAt: IsoDateTime;
}

/**
 * The plan data, in domain terms. Every method rejects with `StoreError` on failure;
 * a `conflict` on update carries the current stored `Versioned<T>` in `error.details.current`.
 */
export interface PlanStore {
  /** Creates the lists and columns if missing; running it twice changes nothing. */
  ensureSchema(): Promise<void>;

  whoAmI(): Promise<DirectoryUser>;
  searchDirectory(query: string): Promise<readonly DirectoryUser[]>;

  listPlans(): Promise<readonly Versioned<Plan>[]>;
  /** Plans where this user is a member, with their membership. */
  listMemberships(userId: UserId): Promise<readonly Versioned<Member>[]>;
  loadPlan(planId: PlanId): Promise<LoadedPlan>;
  /** A feed of changes to the plan's lists, for showing others' work without a reload. */
  watchPlan(planId: PlanId): PlanChangeFeed;

  createPlan(plan: Plan): Promise<Versioned<Plan>>;
  updatePlan(plan: Plan, version: StoreVersion): Promise<Versioned<Plan>>;

  createFindings(findings: readonly Finding[]): Promise<readonly Versioned<Finding>[]>;
  updateFinding(finding: Finding, version: StoreVersion): Promise<Versioned<Finding>>;
  deleteFinding(id: FindingId, version: StoreVersion): Promise<void>;

  createAction(action: Action): Promise<Versioned<Action>>;
  updateAction(action: Action, version: StoreVersion): Promise<Versioned<Action>>;
  deleteAction(id: ActionId, version: StoreVersion): Promise<void>;
  /** The versions SharePoint keeps of the action stored at `version` (its last 50 or so), oldest first. */
  actionVersions(version: StoreVersion): Promise<readonly ActionVersion[]>;
  /** Actions of one agency across a plan (served by the indexed Agency column). */
  listAgencyActions(planId: PlanId, agency: string): Promise<readonly Versioned<Action>[]>;

  /** Posts an update, stored with `agency`: the lead agency of its action, as the caller holds it. */
  addProgressUpdate(update: ProgressUpdate, agency: AgencyKey): Promise<ProgressUpdate>;

  addMembers(members: readonly Member[]): Promise<readonly Versioned<Member>[]>;
  updateMember(member: Member, version: StoreVersion): Promise<Versioned<Member>>;
  /** Marks the member removed; the item and its versions stay, so their past part in the plan still counts. */
  removeMember(id: MemberId, version: StoreVersion): Promise<void>;

  /**
   * Saves a file into the site's document library under `JTAI submissions/<plan>/`, replacing
   * the file of that name as its next version. Plan admins may; the plan's participants may add a
   * file that is not there yet; anyone else is `forbidden`.
   */
  saveSubmissionFile(input: SubmissionFile): Promise<SavedFile>;
  /** The file of that name in the plan's folder of the library, or null when there is none the caller can read. */
  findSubmissionFile(planId: PlanId, fileName: string): Promise<SavedFile | null>;

  /** Adds one entry to the plan's governance record (one request; a retry of the same id adds nothing). */
  appendGovernanceEntry(entry: NewGovernanceEntry): Promise<void>;
  /** The plan's governance entries as stored now (one request per 5,000 entries). */
  loadGovernanceEntries(planId: PlanId): Promise<readonly GovernanceEntry[]>;
  /** Keeps the plan's governance summary (plan admins only; `forbidden` for anyone else). */
  saveGovernanceSummary(summary: GovernanceSummary): Promise<void>;
  /** Every plan's governance summary on the site, for the plan list. */
  listGovernance(): Promise<readonly GovernanceSummary[]>;
}
