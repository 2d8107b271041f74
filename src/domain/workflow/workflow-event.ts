import type { AgencyKey } from '../agency';
import type { IsoDate } from '../dates';
import type { SignOffDecision } from '../sign-off';
import type { Principal } from './actor';
import type { PartnershipQaRole } from './agency-qa-signers';
import type { CanonicalContent } from './canonical-content';
import type { ChangeSummary } from './changes-since';
import type { ContentFacts } from './content-facts';
import type { CommentTarget } from './review-comment';
import type { StageChain } from './stage-chain';
import type { ChainStageKey } from './stage-vocabulary';
import type { CommentId } from './workflow-ids';

/** What a signer saw: the hash they approve, and (optionally) the content behind it, kept to show them later changes. */
interface Signing {
  readonly comment: string;
  readonly contentHash: string;
  readonly signed?: CanonicalContent;
}

/** The stage an admin saw when they moved the plan, so a move is never made twice by two people. */
interface StageBound {
  readonly from?: ChainStageKey;
}

/**
 * Everything that can happen to a plan's governance. Sign events carry the hash of the content
 * the signer was shown, so a sign-off can never bind to content they did not see.
 */
export type WorkflowEvent =
  | { readonly type: 'edit-chain'; readonly chain: StageChain }
  | { readonly type: 'set-principal'; readonly principal: Principal }
  | { readonly type: 'set-due-date'; readonly stage: ChainStageKey; readonly date: IsoDate | null }
  | { readonly type: 'set-partnership-qa-role'; readonly role: PartnershipQaRole }
  | ({ readonly type: 'advance'; readonly note: string } & StageBound)
  | ({ readonly type: 'return-to'; readonly stage: ChainStageKey; readonly reason: string } & StageBound)
  | ({ readonly type: 'qa-approve'; readonly agency: AgencyKey } & Signing)
  | ({ readonly type: 'qa-return'; readonly agency: AgencyKey } & Signing)
  | ({ readonly type: 'override-qa'; readonly reason: string } & StageBound)
  | { readonly type: 'add-comment'; readonly target: CommentTarget; readonly text: string }
  | { readonly type: 'resolve-comment'; readonly commentId: CommentId; readonly note: string }
  | ({ readonly type: 'partner-approve' } & Signing)
  | ({ readonly type: 'partner-return' } & Signing)
  | ({ readonly type: 'executive-sign'; readonly decision: SignOffDecision } & Signing)
  /**
   * Signed content was saved: its facts before and after, and which items changed (ids and field
   * names, for the trail). Recorded by whoever saved, so sign-offs of the old content lapse.
   */
  | {
      readonly type: 'content-changed';
      readonly before: ContentFacts;
      readonly after: ContentFacts;
      readonly changes: ChangeSummary;
    }
  | { readonly type: 'submit'; readonly date: IsoDate; readonly documentRef: string }
  | ({ readonly type: 'close'; readonly reason: string } & StageBound);

export type WorkflowEventType = WorkflowEvent['type'];
