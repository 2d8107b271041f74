import type { Action } from '../domain/action';
import type { Finding } from '../domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import type { DirectoryUser } from '../domain/persona';
import type { Plan } from '../domain/plan';
import type { ProgressUpdate } from '../domain/progress-update';
import type { SignOff } from '../domain/sign-off';
import type { Brand } from '../domain/ids';

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
}
