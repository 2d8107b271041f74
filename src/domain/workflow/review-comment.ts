import type { IsoDateTime } from '../dates';
import type { ActionId, FindingId, PlanId } from '../ids';
import type { ActorRef } from './actor';
import type { ChainStageKey } from './stage-vocabulary';
import type { CommentId } from './workflow-ids';

export type CommentTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'finding'; readonly findingId: FindingId }
  | { readonly kind: 'action'; readonly actionId: ActionId };

/** A remark on the draft during review. Never edited; resolving it adds a `CommentResolution`. */
export interface ReviewComment {
  readonly id: CommentId;
  readonly planId: PlanId;
  readonly target: CommentTarget;
  readonly text: string;
  readonly author: ActorRef;
  readonly at: IsoDateTime;
  readonly stage: ChainStageKey;
}

export interface CommentResolution {
  readonly commentId: CommentId;
  readonly at: IsoDateTime;
  readonly by: ActorRef;
  readonly note: string;
}
