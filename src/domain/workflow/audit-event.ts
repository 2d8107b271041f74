import type { AgencyKey } from '../agency';
import type { IsoDate, IsoDateTime } from '../dates';
import type { PlanId, SignOffId } from '../ids';
import type { StageKey } from './stage-vocabulary';
import type { ActorRef, Principal } from './actor';
import type { PartnershipQaRole } from './agency-qa-signers';
import type { ChangeSummary } from './changes-since';
import type { CommentTarget } from './review-comment';
import type { ChainStageKey } from './stage-vocabulary';
import type { AuditEventId, CommentId, OverrideId, RevisionId, SupersessionId } from './workflow-ids';

/** Why the stage moved, so the trail can tell a decision from its consequence. */
export type StageChangeCause =
  'advanced' | 'returned' | 'completed' | 'content-changed' | 'qa-overridden' | 'submitted' | 'closed';

export type AuditDetail =
  | {
      readonly kind: 'stage-changed';
      readonly from: ChainStageKey;
      readonly to: ChainStageKey;
      readonly cause: StageChangeCause;
      readonly note: string;
    }
  | {
      readonly kind: 'signed-off' | 'returned';
      readonly signOffId: SignOffId;
      readonly signedStage: StageKey;
      readonly agency: AgencyKey | null;
      readonly comment: string;
      readonly contentHash: string;
    }
  | {
      readonly kind: 'qa-overridden';
      readonly overrideId: OverrideId;
      readonly reason: string;
      readonly outstanding: readonly AgencyKey[];
    }
  | {
      readonly kind: 'superseded';
      readonly supersessionId: SupersessionId;
      readonly signOffId: SignOffId;
      readonly signerName: string;
      readonly signedAt: IsoDateTime;
    }
  | { readonly kind: 'comment-added'; readonly commentId: CommentId; readonly target: CommentTarget }
  | { readonly kind: 'comment-resolved'; readonly commentId: CommentId; readonly note: string }
  | {
      readonly kind: 'submitted';
      readonly date: IsoDate;
      readonly documentRef: string;
      readonly contentHash: string;
    }
  | { readonly kind: 'chain-edited'; readonly changes: readonly string[] }
  | { readonly kind: 'principal-set'; readonly principal: Principal }
  | { readonly kind: 'due-date-set'; readonly dueStage: ChainStageKey; readonly date: IsoDate | null }
  | { readonly kind: 'partnership-qa-role-set'; readonly role: PartnershipQaRole }
  | { readonly kind: 'revision-recorded'; readonly revisionId: RevisionId; readonly changes: ChangeSummary };

export type AuditKind = AuditDetail['kind'];

interface AuditBase {
  readonly id: AuditEventId;
  readonly planId: PlanId;
  readonly at: IsoDateTime;
  readonly actor: ActorRef;
  /** The stage the plan was at when it happened. */
  readonly stage: ChainStageKey;
  /** In words, frozen when it happened so renaming a stage later does not rewrite the trail. */
  readonly summary: string;
}

/** One line of the audit trail. Append-only. */
export type AuditEvent = AuditBase & AuditDetail;

export const AUDIT_KIND_LABEL: Record<AuditKind, string> = {
  'stage-changed': 'Stage change',
  'signed-off': 'Sign-off',
  returned: 'Returned',
  'qa-overridden': 'QA override',
  superseded: 'Sign-off superseded',
  'comment-added': 'Comment',
  'comment-resolved': 'Comment resolved',
  submitted: 'Submission',
  'chain-edited': 'Governance chain edited',
  'principal-set': 'Principal changed',
  'due-date-set': 'Stage date changed',
  'partnership-qa-role-set': 'Partnership QA changed',
  'revision-recorded': 'Revision',
};
