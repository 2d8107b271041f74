import type { Brand, PlanId, SignOffId } from '../ids';
import { sha256Hex } from './sha256';

export type CommentId = Brand<string, 'CommentId'>;
export type AuditEventId = Brand<string, 'AuditEventId'>;
export type SupersessionId = Brand<string, 'SupersessionId'>;
export type OverrideId = Brand<string, 'OverrideId'>;
export type RevisionId = Brand<string, 'RevisionId'>;

export const WORKFLOW_ID_PREFIX = {
  signOff: 'sig-',
  comment: 'cmt-',
  audit: 'evt-',
  supersession: 'sup-',
  override: 'ovr-',
  revision: 'rev-',
} as const;
export type WorkflowIdKind = keyof typeof WORKFLOW_ID_PREFIX;

export interface WorkflowIdOf {
  signOff: SignOffId;
  comment: CommentId;
  audit: AuditEventId;
  supersession: SupersessionId;
  override: OverrideId;
  revision: RevisionId;
}

/**
 * Ids count up within a plan and carry a tag of the plan id. Deriving them instead of drawing
 * them at random keeps `transition` replayable, and when two people sign at the same moment
 * both clients mint the same id, so the second write collides instead of double-signing.
 * The tag keeps ids unique across the several plans that share one site's lists.
 */
export function workflowId<K extends WorkflowIdKind>(kind: K, planId: PlanId, sequence: number): WorkflowIdOf[K] {
  return `${WORKFLOW_ID_PREFIX[kind]}${sha256Hex(planId).slice(0, 10)}-${sequence}` as WorkflowIdOf[K];
}
