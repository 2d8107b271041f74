import type { Brand, SignOffId } from '../ids';

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
 * Ids are derived from the entry that made them (each entry in the plan's governance record has
 * a unique id) and a count within it, so replaying the record always gives every sign-off and
 * comment the same id, and a later entry can name one (e.g. resolve a comment) whatever else
 * is or is not counted around it.
 */
export function workflowId<K extends WorkflowIdKind>(kind: K, entryId: string, n: number): WorkflowIdOf[K] {
  return `${WORKFLOW_ID_PREFIX[kind]}${entryId}-${n}` as WorkflowIdOf[K];
}
