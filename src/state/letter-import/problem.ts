import { isStoreError, type StoreErrorKind } from '../../data/store-error';
import { LETTER_LIMITS } from '../../letter-text/letter-limits';
import type { LetterTextErrorCode } from '../../letter-text/letter-text-error';
import { fileTooLarge } from '../../letter-text/limit-errors';

export type ImportProblemCode = LetterTextErrorCode | 'IMPORT.READ_FAILED' | 'IMPORT.CREATE_FAILED';

/** Why an import stopped, in words the person can act on. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  readonly message: string;
}

/** "20 MB": the limit as the person is told it. */
export const MAX_LETTER_LABEL = LETTER_LIMITS.fileLabel;

export const NOTHING_PASTED: ImportProblem = {
  code: 'LETTER.EMPTY',
  message: 'There is no text to read: paste the letter’s text, or choose the letter’s file.',
};

/** Checked on the size the browser reports, so a huge file is refused before it is read into memory. */
export function tooLargeProblem(bytes: number): ImportProblem | null {
  return bytes <= LETTER_LIMITS.fileBytes ? null : fileTooLarge(bytes);
}

export function readFailedProblem(error: unknown): ImportProblem {
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return {
    code: 'IMPORT.READ_FAILED',
    message: `The file could not be read${detail}. Check your connection and try again, or paste the letter’s text instead.`,
  };
}

/** Only SharePoint's own refusals say something the person can use; the rest are said plainly. */
const CREATE_FAILURE: Partial<Record<StoreErrorKind, string>> = {
  offline: 'You appear to be offline, so the plan could not be created.',
  throttled: 'SharePoint is busy, so the plan could not be created.',
  server: 'SharePoint had a problem, so the plan could not be created.',
  unauthorized: 'Your sign-in has expired. Sign in again, then try again.',
  conflict: 'Someone changed this plan while it was being created.',
};

export function createFailedProblem(error: unknown): ImportProblem {
  const said = isStoreError(error)
    ? (CREATE_FAILURE[error.kind] ?? `SharePoint refused: ${error.message}`)
    : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  return {
    code: 'IMPORT.CREATE_FAILED',
    message: `${said} Your review is kept; trying again finishes the job without creating the plan twice.`,
  };
}
