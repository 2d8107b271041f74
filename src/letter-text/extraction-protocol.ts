import type { Result } from '../domain/result';
import type { ExtractedLetterText } from './extract-letter-text';
import type { LetterTextError } from './letter-text-error';

/**
 * What an extraction worker (a browser Web Worker or a Node worker thread) sends back for the
 * one file it was given: progress while it reads a PDF, then either the result or, for a bug
 * rather than a bad file, what went wrong.
 */
export type ExtractionReply =
  | { readonly type: 'progress'; readonly pageIndex: number; readonly pageCount: number }
  | { readonly type: 'done'; readonly result: Result<ExtractedLetterText, LetterTextError> }
  | { readonly type: 'failed'; readonly message: string };

/** The reply for an exception the extraction threw. */
export const failedReply = (error: unknown): ExtractionReply => ({
  type: 'failed',
  message: error instanceof Error ? error.message : String(error),
});
