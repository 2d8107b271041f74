import { inflatedSize } from './inflate-meter';
import { entryData, readZipDirectory } from './zip-directory';

export interface DocxExpansion {
  /** What the zip's directory says its entries hold once unzipped. */
  readonly declaredBytes: number;
  /** What inflating them actually gave, up to the point the limit was passed (0 if never inflated). */
  readonly inflatedBytes: number;
  readonly overLimit: boolean;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * How far a Word file expands when unzipped, checked before any reader opens it: first what its
 * directory declares (no inflating at all), then, since declared sizes can lie, by inflating
 * each entry and counting, stopping as soon as the running total passes `limit`. Null when the
 * file has no readable zip directory.
 */
export function docxExpansion(bytes: Uint8Array, limit: number): DocxExpansion | null {
  const entries = readZipDirectory(bytes);
  if (!entries) return null;
  const declaredBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declaredBytes > limit) return { declaredBytes, inflatedBytes: 0, overLimit: true };
  let inflatedBytes = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    if (entry.method === STORED) inflatedBytes += data.byteLength;
    else if (entry.method === DEFLATED)
      inflatedBytes += inflatedSize(data, { format: 'raw', limit: limit - inflatedBytes });
    if (inflatedBytes > limit) return { declaredBytes, inflatedBytes, overLimit: true };
  }
  return { declaredBytes, inflatedBytes, overLimit: false };
}
