import { LETTER_LIMITS } from './letter-limits';
import { letterTextError, type LetterTextError } from './letter-text-error';

/** Each limit's refusal says what was wrong and what to do; none of them calls the file damaged. */
const WAY_ROUND = 'Check it is the right file, or paste the letter’s text instead.';

export function fileTooLarge(bytes: number): LetterTextError {
  const size = (bytes / (1024 * 1024)).toFixed(1);
  return letterTextError(
    'LETTER.TOO_LARGE',
    `This file is ${size} MB; the limit is ${LETTER_LIMITS.fileLabel}. A findings letter is usually well under 1 MB.`,
  );
}

export function expandsTooMuch(kind: 'pdf' | 'docx'): LetterTextError {
  const what = kind === 'pdf' ? 'This PDF' : 'This Word file';
  return letterTextError(
    'LETTER.EXPANDS_TOO_MUCH',
    `${what} expands to more than ${LETTER_LIMITS.expandedLabel} when opened, far more than any findings letter. ${WAY_ROUND}`,
  );
}

export function tooManyPages(pages: number): LetterTextError {
  return letterTextError(
    'LETTER.TOO_MANY_PAGES',
    `This PDF has ${pages.toLocaleString('en-GB')} pages; a findings letter has far fewer, and at most ${LETTER_LIMITS.pages} can be read. ${WAY_ROUND}`,
  );
}

export function tooMuchText(): LetterTextError {
  return letterTextError(
    'LETTER.TOO_MUCH_TEXT',
    `This file holds more than ${LETTER_LIMITS.textLabel} of text, far more than any findings letter. ${WAY_ROUND}`,
  );
}

/** `seconds` is the limit that passed: LETTER_LIMITS.seconds unless a caller set its own. */
export function timedOut(seconds: number = LETTER_LIMITS.seconds): LetterTextError {
  return letterTextError(
    'LETTER.TIMED_OUT',
    `Reading this file took longer than ${seconds} seconds, so it was stopped; a findings letter takes a few seconds. ${WAY_ROUND}`,
  );
}
