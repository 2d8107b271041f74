export const LETTER_TEXT_ERROR_CODES = [
  'LETTER.SCANNED_PDF',
  'LETTER.ENCRYPTED',
  'LETTER.CORRUPT',
  'LETTER.TOO_LARGE',
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
export const MAX_LETTER_BYTES = 20 * 1024 * 1024;
export const MAX_LETTER_LABEL = '20 MB';
