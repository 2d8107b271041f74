import type * as Pdfjs from 'pdfjs-dist';
import { err, ok, type Result } from '../domain/result';
import { LETTER_LIMITS } from './letter-limits';
import { letterTextError, type LetterTextError } from './letter-text-error';
import { expandsTooMuch, tooManyPages, tooMuchText } from './limit-errors';
import { pdfExpansion } from './pdf-expansion';
import { joinPages, pageText, type PositionedText } from './pdf-lines';

export type PdfjsModule = typeof Pdfjs;
/** Loads pdf.js lazily, so the bundler keeps it (and its worker) out of the main chunk. */
export type LoadPdfjs = () => Promise<PdfjsModule>;
/** Called after each page is read; `pageIndex` counts from 0. */
export type PdfProgress = (pageIndex: number, pageCount: number) => void;

/** Fewer visible characters per page than this means there is no text layer: a scan. */
const MIN_CHARACTERS_PER_PAGE = 30;

/**
 * pdf.js for the browser's extraction worker. The caller passes the pdf.js worker's URL, e.g.
 * `new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url)`, which webpack emits as an
 * asset. Inside a worker pdf.js cannot start its own (it looks for a window), so it is started
 * here, once, and handed over as pdf.js's port; terminating the extraction worker ends it too.
 */
export function browserPdfjs(workerSrc: string | URL): LoadPdfjs {
  return async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerSrc, { type: 'module' });
    return pdfjs;
  };
}

function positioned(item: object): PositionedText | null {
  if (!('str' in item) || !('transform' in item)) return null;
  const { str, transform, width, height } = item as { str: string; transform: number[]; width: number; height: number };
  return { str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, height };
}

/** Each page's text, or null as soon as the text passes the limit (the rest is never read). */
async function readPages(doc: Pdfjs.PDFDocumentProxy, onProgress: PdfProgress): Promise<string[] | null> {
  const pages: string[] = [];
  let characters = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = pageText(content.items.flatMap((item) => positioned(item) ?? []));
    page.cleanup();
    characters += text.length;
    if (characters > LETTER_LIMITS.textCharacters) return null;
    pages.push(text);
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

const scanned = letterTextError(
  'LETTER.SCANNED_PDF',
  'This PDF has no text layer (it looks like a scan), so it cannot be read. Paste the letter’s text instead.',
);

/** The text of an opened PDF; its page count is checked before any page is read. */
async function documentText(
  doc: Pdfjs.PDFDocumentProxy,
  onProgress: PdfProgress,
): Promise<Result<string, LetterTextError>> {
  if (doc.numPages > LETTER_LIMITS.pages) return err(tooManyPages(doc.numPages));
  const pages = await readPages(doc, onProgress);
  if (!pages) return err(tooMuchText());
  if (visibleCharacters(pages.join('')) < MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) return err(scanned);
  return ok(joinPages(pages));
}

/**
 * The text of a PDF, page by page, with form feeds between pages. Before pdf.js sees the file,
 * its streams are measured, so one that inflates past the limit is refused without being opened.
 */
export async function extractPdfText(
  data: ArrayBuffer,
  onProgress: PdfProgress,
  loadPdfjs: LoadPdfjs,
): Promise<Result<string, LetterTextError>> {
  if (pdfExpansion(new Uint8Array(data), LETTER_LIMITS.expandedBytes).overLimit) return err(expandsTooMuch('pdf'));
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
    return await documentText(doc, onProgress);
  } catch (error) {
    return err(openError(error));
  } finally {
    await doc.destroy();
  }
}
