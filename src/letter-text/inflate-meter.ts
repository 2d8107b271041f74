import pako, { type Inflate } from 'pako';

/** Compressed bytes handed to the inflater at a time. */
const INPUT_SLICE = 64 * 1024;
/** Inflated bytes the meter sees at a time: how far past a limit it can go before it stops. */
export const METER_CHUNK = 16 * 1024;

export interface InflateMeasure {
  /** Deflate as in zip entries ('raw'), or with the zlib header and checksum as in PDF streams. */
  readonly format: 'raw' | 'zlib';
  /**
   * zlib only: when what comes out is itself a zlib stream, inflate that too, as a PDF reader
   * does for a stream whose filters repeat FlateDecode.
   */
  readonly nested?: boolean;
  /** Stop as soon as the count passes this. */
  readonly limit: number;
}

/** A zlib stream starts with a deflate method byte and a header check that divides by 31. */
export function startsLikeZlib(bytes: Uint8Array): boolean {
  const [cmf, flg] = bytes;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0;
}

const PAST_LIMIT = Symbol('past the limit');

/** One layer of inflating: counts what it gives, and hands it to the next layer if there is one. */
function layer(measure: InflateMeasure, count: (bytes: number) => void): Inflate {
  const inflater = new pako.Inflate({ raw: measure.format === 'raw', chunkSize: METER_CHUNK });
  let next: Inflate | null | undefined;
  inflater.onData = (chunk) => {
    count(chunk.byteLength);
    if (next === undefined) next = measure.nested && startsLikeZlib(chunk) ? layer(measure, count) : null;
    if (next && !next.ended) next.push(chunk, false);
  };
  return inflater;
}

/**
 * How many bytes `data` inflates to, counting every layer's output, without keeping any of it.
 * Inflating stops as soon as the count passes `limit`, so a bomb costs no more than the limit
 * (plus one chunk) in time, and almost nothing in memory. Damaged data counts what it gave up
 * to the damage; bytes after the end of the deflate stream are ignored.
 */
export function inflatedSize(data: Uint8Array, measure: InflateMeasure): number {
  if (measure.format === 'zlib' && !startsLikeZlib(data)) return 0;
  let counted = 0;
  const first = layer(measure, (bytes) => {
    counted += bytes;
    if (counted > measure.limit) throw PAST_LIMIT;
  });
  try {
    for (let at = 0; at < data.byteLength && !first.ended; at += INPUT_SLICE) {
      first.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.byteLength);
    }
  } catch (error) {
    if (error !== PAST_LIMIT) throw error;
  }
  return counted;
}
