import { err, ok, type Result } from '../domain/result';
import { docxExpansion } from './docx-expansion';
import { LETTER_LIMITS } from './letter-limits';
import { letterTextError, type LetterTextError } from './letter-text-error';
import { expandsTooMuch, tooMuchText } from './limit-errors';

type MammothInput = { arrayBuffer: ArrayBuffer } | { buffer: Uint8Array };
interface MammothApi {
  extractRawText(input: MammothInput): Promise<{ value: string }>;
}

/** mammoth is CommonJS: bundlers and Node expose it as the default export, or as the namespace. */
async function loadMammoth(): Promise<MammothApi> {
  const mod: unknown = await import(/* webpackChunkName: "mammoth" */ 'mammoth');
  const api = (mod as { default?: unknown }).default ?? mod;
  return api as MammothApi;
}

/**
 * Node's mammoth reads a Buffer; its browser build reads an ArrayBuffer. Decided on Node itself,
 * not on a global Buffer, which a bundler may polyfill in the browser.
 */
function mammothInput(data: ArrayBuffer): MammothInput {
  const runtime = globalThis as {
    process?: { versions?: { node?: string } };
    Buffer?: { from(data: ArrayBuffer): Uint8Array };
  };
  const isNode = typeof runtime.process?.versions?.node === 'string';
  return isNode && runtime.Buffer ? { buffer: runtime.Buffer.from(data) } : { arrayBuffer: data };
}

const corrupt = letterTextError(
  'LETTER.CORRUPT',
  'This Word document could not be read; it may be damaged. Try saving it again as .docx, or paste the letter’s text instead.',
);

/**
 * The text of a Word letter, one paragraph per line with blank lines between. Raw text drops
 * list bullets, so the parser reads its lists as paragraphs. mammoth unzips the whole of what it
 * reads into memory, so how far the file expands is measured first and a zip bomb never reaches it.
 */
export async function extractDocxText(data: ArrayBuffer): Promise<Result<string, LetterTextError>> {
  const expansion = docxExpansion(new Uint8Array(data), LETTER_LIMITS.expandedBytes);
  if (!expansion) return err(corrupt);
  if (expansion.overLimit) return err(expandsTooMuch('docx'));
  const mammoth = await loadMammoth();
  try {
    const { value } = await mammoth.extractRawText(mammothInput(data));
    if (value.trim() === '') return err(letterTextError('LETTER.EMPTY', 'This Word document has no text in it.'));
    if (value.length > LETTER_LIMITS.textCharacters) return err(tooMuchText());
    return ok(value);
  } catch {
    return err(corrupt);
  }
}
