import type { AgencyKey } from '../agency';
import type { IsoDate } from '../dates';
import type { PlanSnapshot } from '../plan-snapshot';
import type { SignOffDecision } from '../sign-off';
import type { Principal } from './actor';
import type { CommentTarget } from './review-comment';
import type { ChainStageKey, StageChain } from './stage-chain';
import type { CommentId } from './workflow-ids';

/**
 * Everything that can happen to a plan's governance. Sign events carry the hash of the content
 * the signer was shown, so a sign-off can never bind to content they did not see.
 */
export type WorkflowEvent =
  | { readonly type: 'edit-chain'; readonly chain: StageChain }
  | { readonly type: 'set-principal'; readonly principal: Principal }
  | { readonly type: 'set-due-date'; readonly stage: ChainStageKey; readonly date: IsoDate | null }
  | { readonly type: 'advance'; readonly note: string }
  | { readonly type: 'return-to'; readonly stage: ChainStageKey; readonly reason: string }
  | { readonly type: 'qa-approve'; readonly agency: AgencyKey; readonly comment: string; readonly contentHash: string }
  | { readonly type: 'qa-return'; readonly agency: AgencyKey; readonly comment: string; readonly contentHash: string }
  | { readonly type: 'override-qa'; readonly reason: string }
  | { readonly type: 'add-comment'; readonly target: CommentTarget; readonly text: string }
  | { readonly type: 'resolve-comment'; readonly commentId: CommentId; readonly note: string }
  | { readonly type: 'partner-approve'; readonly comment: string; readonly contentHash: string }
  | { readonly type: 'partner-return'; readonly comment: string; readonly contentHash: string }
  | {
      readonly type: 'executive-sign';
      readonly decision: SignOffDecision;
      readonly comment: string;
      readonly contentHash: string;
    }
  /** Sent after signed content was saved; `after` is the content now (the same as `content`). */
  | { readonly type: 'content-changed'; readonly before: PlanSnapshot; readonly after: PlanSnapshot }
  | { readonly type: 'submit'; readonly date: IsoDate; readonly documentRef: string }
  | { readonly type: 'close'; readonly reason: string };

export type WorkflowEventType = WorkflowEvent['type'];
