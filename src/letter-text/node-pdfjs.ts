import { extractPdfText, type LoadPdfjs, type PdfProgress } from './extract-pdf-text';
import type { Result } from '../domain/result';
import type { LetterTextError } from './letter-text-error';

/**
 * pdf.js for Node (the CLI and tests): the legacy build runs on Node 20 and starts its own
 * in-process worker, so no worker URL is needed.
 */
export const nodePdfjs: LoadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

export function extractPdfTextInNode(
  data: ArrayBuffer,
  onProgress: PdfProgress = () => undefined,
): Promise<Result<string, LetterTextError>> {
  return extractPdfText(data, onProgress, nodePdfjs);
}
