import { err, ok, type Result } from '../domain/result';
import { letterTextError, type LetterTextError } from './letter-text-error';

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

/**
 * The text of a Word letter, one paragraph per line with blank lines between. Raw text drops
 * list bullets, so the parser reads its lists as paragraphs.
 */
export async function extractDocxText(data: ArrayBuffer): Promise<Result<string, LetterTextError>> {
  const mammoth = await loadMammoth();
  try {
    const { value } = await mammoth.extractRawText(mammothInput(data));
    if (value.trim() === '') return err(letterTextError('LETTER.EMPTY', 'This Word document has no text in it.'));
    return ok(value);
  } catch {
    return err(
      letterTextError(
        'LETTER.CORRUPT',
        'This Word document could not be read; it may be damaged. Try saving it again as .docx, or paste the letter’s text instead.',
      ),
    );
  }
}
