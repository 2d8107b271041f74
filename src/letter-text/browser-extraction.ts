import { workerExtractor } from './worker-extractor';

/**
 * Reads a letter file in the browser, in a Web Worker of its own (webpack builds the worker from
 * this `new Worker(new URL(…))` as a separate file), within LETTER_LIMITS.seconds.
 */
export const extractLetterTextInWorker = workerExtractor({
  createWorker: () => new Worker(new URL('./letter-text.worker.ts', import.meta.url)),
});
