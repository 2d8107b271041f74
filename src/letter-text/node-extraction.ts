import { Worker } from 'node:worker_threads';
import type { ExtractionReply } from './extraction-protocol';
import { workerExtractor, type ExtractInWorker, type ExtractionWorker } from './worker-extractor';

const THREAD = new URL('./node-extraction-thread.ts', import.meta.url);

/**
 * Worker threads do not inherit tsx's loader from `node --import tsx`, so a TypeScript entry is
 * started by a one-line script that registers tsx first.
 */
function startThread(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { eval: true });
}

/** A Node worker thread behind the Web Worker interface the extractor drives. */
function threadAsWorker(thread: Worker): ExtractionWorker {
  const worker: ExtractionWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (file, transfer) => thread.postMessage(file, transfer as ArrayBuffer[]),
    terminate: () => void thread.terminate(),
  };
  const fail = (message: string) => worker.onerror?.({ message } as ErrorEvent);
  thread.on('message', (data: ExtractionReply) => worker.onmessage?.({ data } as MessageEvent<ExtractionReply>));
  thread.on('error', (error) => fail(error.message));
  thread.on('exit', (code) => fail(`the reader stopped (exit code ${code})`));
  return worker;
}

export interface ThreadExtractionOptions {
  /** LETTER_LIMITS.seconds unless given. */
  readonly timeLimitMs?: number;
  /** The thread's script; the letter-text extraction thread unless given. */
  readonly entry?: URL;
}

/**
 * Reads a letter file on the command line, in a worker thread of its own that is terminated
 * when the file is read or the time limit passes (LETTER.TIMED_OUT), with the same limits and
 * messages as the browser.
 */
export function extractLetterTextInThread(options: ThreadExtractionOptions = {}): ExtractInWorker {
  return workerExtractor({
    createWorker: () => threadAsWorker(startThread(options.entry ?? THREAD)),
    ...(options.timeLimitMs !== undefined && { timeLimitMs: options.timeLimitMs }),
  });
}
