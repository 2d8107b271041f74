/**
 * The command line's extraction thread: reads the one letter file it is sent and replies, so the
 * main thread can stop it (terminate) when the time limit passes, however stuck it is.
 */
import { parentPort } from 'node:worker_threads';
import { extractLetterText, type LetterFile } from './extract-letter-text';
import { failedReply, type ExtractionReply } from './extraction-protocol';
import { nodePdfjs } from './node-pdfjs';

const port = parentPort;
if (!port) throw new Error('node-extraction-thread.ts runs as a worker thread, not on its own.');

port.once('message', (file: LetterFile) => {
  const reply = (message: ExtractionReply) => port.postMessage(message);
  const onProgress = (pageIndex: number, pageCount: number) => reply({ type: 'progress', pageIndex, pageCount });
  extractLetterText(file, { loadPdfjs: nodePdfjs, onProgress }).then(
    (result) => reply({ type: 'done', result }),
    (error: unknown) => reply(failedReply(error)),
  );
});
