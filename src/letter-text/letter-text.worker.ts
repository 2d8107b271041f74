/**
 * The browser's extraction worker: reads the one letter file it is sent, off the page's thread,
 * so the page stays responsive and can stop it (terminate) at any time. pdf.js and mammoth
 * load here, never on the page.
 */
import { extractLetterText, type LetterFile } from './extract-letter-text';
import { browserPdfjs } from './extract-pdf-text';
import { failedReply, type ExtractionReply } from './extraction-protocol';

/** Emitted by webpack as its own file; started as a worker of this worker when a PDF is read. */
const PDF_WORKER_URL = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url);

interface WorkerScope {
  onmessage: ((event: MessageEvent<LetterFile>) => void) | null;
  postMessage(reply: ExtractionReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: file }) => {
  const onProgress = (pageIndex: number, pageCount: number) =>
    scope.postMessage({ type: 'progress', pageIndex, pageCount });
  extractLetterText(file, { loadPdfjs: browserPdfjs(PDF_WORKER_URL), onProgress }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) => scope.postMessage(failedReply(error)),
  );
};
