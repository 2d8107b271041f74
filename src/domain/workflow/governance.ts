import type { AgencyKey } from '../agency';
import type { IsoDate, IsoDateTime } from '../dates';
import type { PlanId, SignOffId } from '../ids';
import type { SignOff } from '../sign-off';
import { DEFAULT_PRINCIPAL, type ActorRef, type Principal } from './actor';
import { DEFAULT_PARTNERSHIP_QA_ROLE, type PartnershipQaRole } from './agency-qa-signers';
import type { AuditEvent } from './audit-event';
import type { CanonicalContent } from './canonical-content';
import type { ChangeSummary } from './changes-since';
import type { CommentResolution, ReviewComment } from './review-comment';
import { DEFAULT_CHAIN, type StageChain } from './stage-chain';
import type { ChainStageKey } from './stage-vocabulary';
import type { OverrideId, RevisionId, SupersessionId } from './workflow-ids';

export const GOVERNANCE_SCHEMA_VERSION = 1;

/** Marks a sign-off as no longer matching the plan. The sign-off itself is never changed. */
export interface Supersession {
  readonly id: SupersessionId;
  readonly signOffId: SignOffId;
  readonly supersededAt: IsoDateTime;
  /** Whose edit made the signed content out of date. */
  readonly supersededBy: ActorRef;
  /** The content hash that replaced the signed one. */
  readonly currentHash: string;
}

/** The admin let collation start without every agency's QA, and said why. */
export interface QaOverride {
  readonly id: OverrideId;
  readonly at: IsoDateTime;
  readonly by: ActorRef;
  readonly reason: string;
  readonly outstanding: readonly AgencyKey[];
}

export interface Submission {
  /** The date the statement was sent to Ofsted, as the principal states it. */
  readonly date: IsoDate;
  /** Where the exported document is kept, e.g. a file name or a SharePoint link. */
  readonly documentRef: string;
  readonly recordedAt: IsoDateTime;
  readonly by: ActorRef;
  readonly contentHash: string;
}

/** A due date the admin set by hand, replacing the suggested one. */
export interface StageDueDate {
  readonly stage: ChainStageKey;
  readonly date: IsoDate;
}

/** A substantive edit after submission: recorded, not re-approved. */
export interface Revision {
  readonly id: RevisionId;
  readonly at: IsoDateTime;
  readonly by: ActorRef;
  readonly beforeHash: string;
  readonly afterHash: string;
  readonly changes: ChangeSummary;
}

/** The content behind a hash, kept so a signer can be shown what changed since they signed. */
export interface SignedContent {
  readonly hash: string;
  readonly content: CanonicalContent;
}

/**
 * Everything about how one plan is signed off, as plain JSON. The history lists only ever grow;
 * `chain`, `stage`, `principal`, `dueDates` and `partnershipQaRole` are current settings whose changes
 * the audit records.
 */
export interface Governance {
  readonly schemaVersion: typeof GOVERNANCE_SCHEMA_VERSION;
  readonly planId: PlanId;
  readonly chain: StageChain;
  readonly stage: ChainStageKey;
  readonly principal: Principal;
  /** Who quality-assures the actions the partnership leads itself (besides a partnership QA lead). */
  readonly partnershipQaRole: PartnershipQaRole;
  /** Agency QA decisions (stage `agency-qa`, with the agency), partner approvals and executive sign-offs. */
  readonly signOffs: readonly SignOff[];
  readonly supersessions: readonly Supersession[];
  readonly qaOverrides: readonly QaOverride[];
  readonly comments: readonly ReviewComment[];
  readonly resolutions: readonly CommentResolution[];
  readonly submission: Submission | null;
  readonly dueDates: readonly StageDueDate[];
  readonly revisions: readonly Revision[];
  readonly signedContent: readonly SignedContent[];
  readonly audit: readonly AuditEvent[];
}

export function initialGovernance(planId: PlanId): Governance {
  return {
    schemaVersion: GOVERNANCE_SCHEMA_VERSION,
    planId,
    chain: DEFAULT_CHAIN,
    stage: 'drafting',
    principal: DEFAULT_PRINCIPAL,
    partnershipQaRole: DEFAULT_PARTNERSHIP_QA_ROLE,
    signOffs: [],
    supersessions: [],
    qaOverrides: [],
    comments: [],
    resolutions: [],
    submission: null,
    dueDates: [],
    revisions: [],
    signedContent: [],
    audit: [],
  };
}
