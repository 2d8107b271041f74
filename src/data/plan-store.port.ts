import type { Action } from '../domain/action';
import type { IsoDateTime } from '../domain/dates';
import type { Finding } from '../domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import type { DirectoryUser } from '../domain/persona';
import type { Plan } from '../domain/plan';
import type { ProgressUpdate } from '../domain/progress-update';
import type { SignOff } from '../domain/sign-off';
import type { Brand } from '../domain/ids';
import type { AuditEvent } from '../domain/workflow/audit-event';
import type { Governance } from '../domain/workflow/governance';

/**
 * An opaque token for the stored revision of an entity. Callers pass back the one they
 * last read; a stale one makes the write fail with `StoreError{kind:'conflict'}`.
 */
export type StoreVersion = Brand<string, 'StoreVersion'>;

export interface Versioned<T> {
  readonly value: T;
  readonly version: StoreVersion;
}

export interface LoadedPlan {
  readonly plan: Versioned<Plan>;
  readonly findings: readonly Versioned<Finding>[];
  readonly actions: readonly Versioned<Action>[];
  readonly updates: readonly ProgressUpdate[];
  readonly members: readonly Versioned<Member>[];
  readonly signOffs: readonly SignOff[];
  /**
   * The plan's governance state, or null before the first workflow event. Its `signOffs` and
   * `audit` are the append-only SignOffs and Workflow Events lists (authoritative), not the
   * copies in the stored JSON, so neither can be forged by editing the state item.
   */
  readonly governance: Versioned<Governance> | null;
}

/** What one workflow transition writes: new sign-offs and audit events (append-only), then the state. */
export interface WorkflowCommit {
  readonly planId: PlanId;
  readonly governance: Governance;
  readonly newSignOffs: readonly SignOff[];
  readonly events: readonly AuditEvent[];
}

/** A file for the site's document library, e.g. the consolidated submission as Word or Excel. */
export interface SubmissionFile {
  /** The plan's title; the file goes in `JTAI submissions/<title made safe for SharePoint>/`. */
  readonly planTitle: string;
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

  createPlan(plan: Plan): Promise<Versioned<Plan>>;
  updatePlan(plan: Plan, version: StoreVersion): Promise<Versioned<Plan>>;

  createFindings(findings: readonly Finding[]): Promise<readonly Versioned<Finding>[]>;
  updateFinding(finding: Finding, version: StoreVersion): Promise<Versioned<Finding>>;
  deleteFinding(id: FindingId, version: StoreVersion): Promise<void>;

  createAction(action: Action): Promise<Versioned<Action>>;
  updateAction(action: Action, version: StoreVersion): Promise<Versioned<Action>>;
  deleteAction(id: ActionId, version: StoreVersion): Promise<void>;
  /** Actions of one agency across a plan (served by the indexed Agency column). */
  listAgencyActions(planId: PlanId, agency: string): Promise<readonly Versioned<Action>[]>;

  addProgressUpdate(update: ProgressUpdate): Promise<ProgressUpdate>;

  addMembers(members: readonly Member[]): Promise<readonly Versioned<Member>[]>;
  updateMember(member: Member, version: StoreVersion): Promise<Versioned<Member>>;
  removeMember(id: MemberId, version: StoreVersion): Promise<void>;

  addSignOff(signOff: SignOff): Promise<SignOff>;

  /**
   * Saves a file into the site's document library under `JTAI submissions/<plan>/`, replacing
   * the file of that name as its next version. Only plan admins may (else `forbidden`).
   */
  saveSubmissionFile(input: SubmissionFile): Promise<SavedFile>;

  /**
   * Writes a workflow transition: sign-offs and events first, then the governance state with
   * `If-Match` (`version` null creates it). A stale version fails with `conflict`; the caller
   * reloads, re-runs the transition and commits again. Sign-offs already written are not repeated
   * (their ids are derived, so a re-run produces the same ids).
   */
  commitWorkflow(commit: WorkflowCommit, version: StoreVersion | null): Promise<Versioned<Governance>>;
  /** Every plan's current governance stage on the site, for the plan list. */
  listGovernance(): Promise<readonly Governance[]>;
}
