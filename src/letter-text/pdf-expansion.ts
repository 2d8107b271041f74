import { inflatedSize } from './inflate-meter';

export interface PdfExpansion {
  /** What the PDF's compressed streams gave when inflated, up to the point the limit was passed. */
  readonly inflatedBytes: number;
  readonly overLimit: boolean;
}

const KEYWORD = Array.from('stream', (c) => c.charCodeAt(0));
const [S] = KEYWORD as [number];
const CR = 0x0d;
const LF = 0x0a;
const GT = 0x3e;
const isWhitespace = (b: number | undefined) =>
  b === 0x20 || b === LF || b === CR || b === 0x09 || b === 0x0c || b === 0;

/** "stream" right after a dictionary's ">>" and before an end of line: where a stream's data begins. */
function dataStartAt(bytes: Uint8Array, at: number): number | null {
  if (!KEYWORD.every((b, i) => bytes[at + i] === b)) return null;
  let before = at - 1;
  while (before > 0 && isWhitespace(bytes[before])) before--;
  if (bytes[before] !== GT || bytes[before - 1] !== GT) return null;
  const after = at + KEYWORD.length;
  if (bytes[after] === CR) return bytes[after + 1] === LF ? after + 2 : after + 1;
  return bytes[after] === LF ? after + 1 : null;
}

/**
 * How far a PDF's streams expand, checked before any PDF reader opens it. Every stream is tried
 * as zlib data (FlateDecode, however its filters are written, and repeated layers too); other
 * data is refused by the zlib header at once. Inflating stops once the total passes `limit`, so
 * a stream built to inflate to gigabytes costs no more than the limit.
 */
export function pdfExpansion(bytes: Uint8Array, limit: number): PdfExpansion {
  let inflatedBytes = 0;
  for (let at = bytes.indexOf(S); at >= 0; at = bytes.indexOf(S, at + 1)) {
    const start = dataStartAt(bytes, at);
    if (start === null) continue;
    const data = bytes.subarray(start);
    inflatedBytes += inflatedSize(data, { format: 'zlib', nested: true, limit: limit - inflatedBytes });
    if (inflatedBytes > limit) return { inflatedBytes, overLimit: true };
  }
  return { inflatedBytes, overLimit: false };
}
