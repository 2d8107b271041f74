import { LETTER_LIMITS } from './letter-limits';

export const LETTER_TEXT_ERROR_CODES = [
  'LETTER.SCANNED_PDF',
  'LETTER.ENCRYPTED',
  'LETTER.CORRUPT',
  'LETTER.TOO_LARGE',
  'LETTER.EXPANDS_TOO_MUCH',
  'LETTER.TOO_MANY_PAGES',
  'LETTER.TOO_MUCH_TEXT',
  'LETTER.TIMED_OUT',
  'LETTER.UNSUPPORTED_TYPE',
  'LETTER.EMPTY',
] as const;
export type LetterTextErrorCode = (typeof LETTER_TEXT_ERROR_CODES)[number];

/** Why no text could be had from a file; `message` is written for the person importing it. */
export interface LetterTextError {
  readonly code: LetterTextErrorCode;
  readonly message: string;
}

export const letterTextError = (code: LetterTextErrorCode, message: string): LetterTextError => ({ code, message });

/** The largest letter accepted: real findings letters are well under 1 MB. */
export const MAX_LETTER_BYTES = LETTER_LIMITS.fileBytes;
export const MAX_LETTER_LABEL = LETTER_LIMITS.fileLabel;
