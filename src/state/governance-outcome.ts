import type { Governance } from '../domain/workflow/governance';
import type { WorkflowErrorCode } from '../domain/workflow/workflow-error';

/** What became of a workflow event, for the UI to explain. Expected refusals are values, never thrown. */
export type WorkflowOutcome =
  | { readonly status: 'done'; readonly governance: Governance }
  | { readonly status: 'refused'; readonly code: WorkflowErrorCode; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** A message about the sign-off records that the plan page shows until it is dismissed. */
export interface WorkflowNotice {
  readonly intent: 'info' | 'error';
  readonly title: string;
  readonly message: string;
}
