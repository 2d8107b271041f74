import type { Governance } from '../domain/workflow/governance';
import type { WorkflowErrorCode } from '../domain/workflow/workflow-error';
import type { CommandProblem, Outcome } from './outcome';

/** What became of a workflow event, for the UI to explain; a refusal says which rule refused it. */
export type WorkflowOutcome = Outcome<
  { readonly status: 'done'; readonly governance: Governance },
  CommandProblem<'refused'> & { readonly code: WorkflowErrorCode },
  'failed'
>;

/** A message about the sign-off records that the plan page shows until it is dismissed. */
export interface WorkflowNotice {
  readonly intent: 'info' | 'error';
  readonly title: string;
  readonly message: string;
}
