import { err, type Result } from '../domain/result';
import type { ExtractedLetterText, LetterFile } from './extract-letter-text';
import type { PdfProgress } from './extract-pdf-text';
import type { ExtractionReply } from './extraction-protocol';
import { LETTER_LIMITS } from './letter-limits';
import type { LetterTextError } from './letter-text-error';
import { timedOut } from './limit-errors';

/** The part of a Web Worker the extractor uses, so tests can hand it a fake. */
export interface ExtractionWorker {
  onmessage: ((event: MessageEvent<ExtractionReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(file: LetterFile, transfer: Transferable[]): void;
  terminate(): void;
}

/** Starts a timer and returns what stops it. */
export type StartTimer = (ms: number, onTimeout: () => void) => () => void;

export interface WorkerExtractorDeps {
  readonly createWorker: () => ExtractionWorker;
  /** LETTER_LIMITS.seconds unless given. */
  readonly timeLimitMs?: number;
  readonly startTimer?: StartTimer;
}

/** Reads a letter file; aborting `signal` stops it at once and rejects with an AbortError. */
export type ExtractInWorker = (
  file: LetterFile,
  onProgress: PdfProgress,
  signal?: AbortSignal,
) => Promise<Result<ExtractedLetterText, LetterTextError>>;

const realTimer: StartTimer = (ms, onTimeout) => {
  const id = setTimeout(onTimeout, ms);
  return () => clearTimeout(id);
};

const cancelled = () => new DOMException('Reading the letter was cancelled.', 'AbortError');

/**
 * Each file is read in a worker of its own, which is terminated when the file is read, when the
 * person cancels, or when the time limit passes (which answers LETTER.TIMED_OUT). Terminating
 * stops any work at once, however stuck, and gives back all its memory.
 */
export function workerExtractor(deps: WorkerExtractorDeps): ExtractInWorker {
  const startTimer = deps.startTimer ?? realTimer;
  const timeLimitMs = deps.timeLimitMs ?? LETTER_LIMITS.seconds * 1000;
  return (file, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled());
      const worker = deps.createWorker();
      let settled = false;
      let stopTimer: () => void = () => undefined;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        stopTimer();
        signal?.removeEventListener('abort', onAbort);
        worker.terminate();
        settle();
      };
      const onAbort = () => finish(() => reject(cancelled()));
      stopTimer = startTimer(timeLimitMs, () => finish(() => resolve(err(timedOut(timeLimitMs / 1000)))));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data: reply }) => {
        if (settled) return;
        if (reply.type === 'progress') onProgress(reply.pageIndex, reply.pageCount);
        else if (reply.type === 'done') finish(() => resolve(reply.result));
        else if (reply.type === 'failed') finish(() => reject(new Error(reply.message)));
      };
      worker.onerror = (event) => finish(() => reject(new Error(event.message || 'the file reader stopped')));
      worker.postMessage(file, [file.data]);
    });
}
