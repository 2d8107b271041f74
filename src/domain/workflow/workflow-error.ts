import type { AgencyKey } from '../agency';

export type WorkflowErrorCode =
  | 'WORKFLOW.WRONG_PLAN'
  | 'WORKFLOW.WRONG_STAGE'
  | 'WORKFLOW.UNKNOWN_STAGE'
  | 'WORKFLOW.INVALID_CHAIN'
  | 'WORKFLOW.NOT_PERMITTED'
  | 'WORKFLOW.ALREADY_SIGNED'
  | 'WORKFLOW.NOTHING_TO_SIGN'
  | 'WORKFLOW.QA_INCOMPLETE'
  | 'WORKFLOW.NOTHING_TO_OVERRIDE'
  | 'WORKFLOW.APPROVALS_INCOMPLETE'
  | 'WORKFLOW.STALE_CONTENT'
  | 'WORKFLOW.COMMENT_REQUIRED'
  | 'WORKFLOW.REASON_REQUIRED'
  | 'WORKFLOW.NOTE_REQUIRED'
  | 'WORKFLOW.TEXT_TOO_LONG'
  | 'WORKFLOW.COMMENTS_OPEN'
  | 'WORKFLOW.UNKNOWN_COMMENT'
  | 'WORKFLOW.ALREADY_RESOLVED'
  | 'WORKFLOW.UNKNOWN_TARGET'
  | 'WORKFLOW.NO_ACTIONS'
  | 'WORKFLOW.NOT_SUBMITTED'
  | 'WORKFLOW.ALREADY_SUBMITTED'
  | 'WORKFLOW.INVALID_DATE'
  | 'WORKFLOW.REFERENCE_REQUIRED'
  | 'WORKFLOW.ACTIONS_OPEN';

type WithDetail = 'WORKFLOW.QA_INCOMPLETE' | 'WORKFLOW.APPROVALS_INCOMPLETE' | 'WORKFLOW.STALE_CONTENT';

/** An expected refusal, with a message a person can act on. */
export type WorkflowError =
  | { readonly code: Exclude<WorkflowErrorCode, WithDetail>; readonly message: string }
  | { readonly code: 'WORKFLOW.QA_INCOMPLETE'; readonly message: string; readonly outstanding: readonly AgencyKey[] }
  | {
      readonly code: 'WORKFLOW.APPROVALS_INCOMPLETE';
      readonly message: string;
      readonly outstanding: readonly string[];
    }
  | {
      readonly code: 'WORKFLOW.STALE_CONTENT';
      readonly message: string;
      readonly shownHash: string;
      readonly currentHash: string;
    };

export const refusal = (code: Exclude<WorkflowErrorCode, WithDetail>, message: string): WorkflowError => ({
  code,
  message,
});

export const qaIncomplete = (outstanding: readonly AgencyKey[], names: string): WorkflowError => ({
  code: 'WORKFLOW.QA_INCOMPLETE',
  message: `Collation waits for QA from ${names}. Ask their QA leads, or override with a reason.`,
  outstanding,
});

export const approvalsIncomplete = (outstanding: readonly string[]): WorkflowError => ({
  code: 'WORKFLOW.APPROVALS_INCOMPLETE',
  message: `Still waiting for approval from ${outstanding.join(', ')}.`,
  outstanding,
});

export const staleContent = (shownHash: string, currentHash: string): WorkflowError => ({
  code: 'WORKFLOW.STALE_CONTENT',
  message: 'The plan has changed since you opened it. Look at what changed, then sign again.',
  shownHash,
  currentHash,
});
