import type * as Pdfjs from 'pdfjs-dist';
import { err, ok, type Result } from '../domain/result';
import { letterTextError, type LetterTextError } from './letter-text-error';
import { joinPages, pageText, type PositionedText } from './pdf-lines';

export type PdfjsModule = typeof Pdfjs;
/** Loads pdf.js lazily, so the bundler keeps it (and its worker) out of the main chunk. */
export type LoadPdfjs = () => Promise<PdfjsModule>;
/** Called after each page is read; `pageIndex` counts from 0. */
export type PdfProgress = (pageIndex: number, pageCount: number) => void;

/** Fewer visible characters per page than this means there is no text layer: a scan. */
const MIN_CHARACTERS_PER_PAGE = 30;

/**
 * pdf.js for the browser. The caller passes the worker's URL, e.g.
 * `new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url)`, which webpack emits as an asset.
 */
export function browserPdfjs(workerSrc: string | URL): LoadPdfjs {
  return async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = String(workerSrc);
    return pdfjs;
  };
}

function positioned(item: object): PositionedText | null {
  if (!('str' in item) || !('transform' in item)) return null;
  const { str, transform, width, height } = item as { str: string; transform: number[]; width: number; height: number };
  return { str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, height };
}

async function readPages(doc: Pdfjs.PDFDocumentProxy, onProgress: PdfProgress): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageText(content.items.flatMap((item) => positioned(item) ?? [])));
    page.cleanup();
    onProgress(n - 1, doc.numPages);
  }
  return pages;
}

function openError(error: unknown): LetterTextError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return letterTextError(
      'LETTER.ENCRYPTED',
      'This PDF is password-protected. Remove the password, or paste the letter’s text instead.',
    );
  }
  return letterTextError(
    'LETTER.CORRUPT',
    'This PDF could not be read; it may be damaged. Try downloading it again, or paste the letter’s text instead.',
  );
}

const visibleCharacters = (text: string): number => text.replace(/\s/g, '').length;

/** The text of a PDF, page by page, with form feeds between pages. */
export async function extractPdfText(
  data: ArrayBuffer,
  onProgress: PdfProgress,
  loadPdfjs: LoadPdfjs,
): Promise<Result<string, LetterTextError>> {
  const pdfjs = await loadPdfjs();
  // pdf.js may transfer the buffer to its worker; a copy leaves the caller's intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(data.slice(0)),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return err(openError(error));
  }
  try {
    const pages = await readPages(doc, onProgress);
    if (visibleCharacters(pages.join('')) < MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) {
      return err(
        letterTextError(
          'LETTER.SCANNED_PDF',
          'This PDF has no text layer (it looks like a scan), so it cannot be read. Paste the letter’s text instead.',
        ),
      );
    }
    return ok(joinPages(pages));
  } catch (error) {
    return err(openError(error));
  } finally {
    await doc.destroy();
  }
}
