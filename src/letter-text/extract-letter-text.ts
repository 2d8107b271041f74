import { err, ok, type Result } from '../domain/result';
import { extractDocxText } from './extract-docx-text';
import { extractPdfText, type LoadPdfjs, type PdfProgress } from './extract-pdf-text';
import { LETTER_LIMITS } from './letter-limits';
import { letterTextError, type LetterTextError } from './letter-text-error';
import { fileTooLarge, tooMuchText } from './limit-errors';

export type LetterFileKind = 'pdf' | 'docx' | 'text';

export interface LetterFile {
  readonly name: string;
  /** The MIME type the browser reported, if any. */
  readonly type?: string;
  readonly data: ArrayBuffer;
}

export interface ExtractedLetterText {
  readonly kind: LetterFileKind;
  readonly text: string;
}

export interface ExtractLetterOptions {
  readonly loadPdfjs: LoadPdfjs;
  readonly onProgress?: PdfProgress;
}

type Detected = LetterFileKind | 'legacy-word' | 'other-zip' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

/** PDF allows junk before "%PDF" within the first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Control characters other than tab, newlines and form feed mean binary, not text. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.some((b) => b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(b));
}

/** By content first (names lie); the name only tells a Word zip from other zips. */
export function detectLetterFile(bytes: Uint8Array, name: string): Detected {
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return /\.(?:docx|docm|dotx)$/i.test(name) || !/\.\w+$/.test(name) ? 'docx' : 'other-zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'legacy-word';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return 'text';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has control codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džÿ';

/** Node decodes "windows-1252" as Latin-1, so the 0x80–0x9F range is mapped here. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (b) =>
    b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b),
  ).join('');
}

/** UTF-8 (or UTF-16 with a byte-order mark); text that is not valid UTF-8 is read as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function unsupported(detected: Detected): LetterTextError {
  const hint = detected === 'legacy-word' ? ' Save it as .docx or PDF first.' : '';
  return letterTextError(
    'LETTER.UNSUPPORTED_TYPE',
    `This file type cannot be read. Use the letter as a PDF, a Word (.docx) file or plain text.${hint}`,
  );
}

function textResult(bytes: Uint8Array): Result<ExtractedLetterText, LetterTextError> {
  const text = decodeText(bytes);
  if (text.trim() === '') return err(letterTextError('LETTER.EMPTY', 'This file has no text in it.'));
  if (text.length > LETTER_LIMITS.textCharacters) return err(tooMuchText());
  return ok({ kind: 'text', text });
}

/**
 * The text of a findings letter file, or a coded reason why it has none. Every limit in
 * LETTER_LIMITS but time is enforced here; time is the caller's (it runs this in a worker it can stop).
 */
export async function extractLetterText(
  file: LetterFile,
  options: ExtractLetterOptions,
): Promise<Result<ExtractedLetterText, LetterTextError>> {
  if (file.data.byteLength > LETTER_LIMITS.fileBytes) return err(fileTooLarge(file.data.byteLength));
  const bytes = new Uint8Array(file.data);
  const detected = detectLetterFile(bytes, file.name);
  if (detected === 'text') return textResult(bytes);
  if (detected === 'pdf' || detected === 'docx') {
    const result =
      detected === 'pdf'
        ? await extractPdfText(file.data, options.onProgress ?? (() => undefined), options.loadPdfjs)
        : await extractDocxText(file.data);
    return result.ok ? ok({ kind: detected, text: result.value }) : result;
  }
  return err(unsupported(detected));
}
