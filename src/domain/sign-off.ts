import type { AgencyKey } from './agency';
import type { IsoDateTime } from './dates';
import type { PlanId, SignOffId, UserId } from './ids';
import type { Role } from './member';
import type { StageKey } from './workflow/stage-vocabulary';

export type SignOffDecision = 'approve' | 'return';

/** One person's decision at one stage, bound to the content they saw. Append-only. */
export interface SignOff {
  readonly id: SignOffId;
  readonly planId: PlanId;
  readonly stage: StageKey;
  readonly userId: UserId;
  readonly name: string;
  readonly role: Role;
  /** For agency QA: the agency whose actions were approved. */
  readonly agency: AgencyKey | null;
  readonly at: IsoDateTime;
  readonly decision: SignOffDecision;
  readonly comment: string;
  /** Hash of the canonical plan content the signer approved. */
  readonly contentHash: string;
}
