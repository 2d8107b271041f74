/**
 * Reads a zip's central directory: what each entry says it holds, without inflating anything.
 * Pure, so a Word file's declared sizes can be checked before any reader opens it.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no Word reader opens. */
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory declares, which a hostile file can understate. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u64 = (dv: DataView, at: number) => dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
const fits = (dv: DataView, at: number, length: number) => at >= 0 && at + length <= dv.byteLength;
/** Whether a record of this length, opening with this signature, stands whole at `at`. */
const recordAt = (dv: DataView, at: number, length: number, signature: number) =>
  fits(dv, at, length) && dv.getUint32(at, true) === signature;

/** The end record sits in the last 64 KB (its comment can be that long). */
function findEndRecord(dv: DataView): number {
  const lowest = Math.max(0, dv.byteLength - 22 - MAX16);
  for (let at = dv.byteLength - 22; at >= lowest; at--) {
    if (dv.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

interface Directory {
  readonly count: number;
  readonly size: number;
  readonly offset: number;
}

function zip64Directory(dv: DataView, end: number): Directory | null {
  const locator = end - 20;
  if (!recordAt(dv, locator, 20, ZIP64_LOCATOR)) return null;
  const record = u64(dv, locator + 8);
  if (!recordAt(dv, record, 56, ZIP64_END_OF_DIRECTORY)) return null;
  return { count: u64(dv, record + 32), size: u64(dv, record + 40), offset: u64(dv, record + 48) };
}

function directoryOf(dv: DataView, end: number): Directory | null {
  const count = dv.getUint16(end + 10, true);
  const size = dv.getUint32(end + 12, true);
  const offset = dv.getUint32(end + 16, true);
  const plain = { count, size, offset };
  if (count === MAX16 || size === MAX32 || offset === MAX32) return zip64Directory(dv, end) ?? plain;
  return plain;
}

interface Sizes {
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Zip64 keeps, in this order, whichever of the three values did not fit in 32 bits. */
function applyZip64Extra(dv: DataView, start: number, length: number, sizes: Sizes): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (sizes[key] !== MAX32 || field + 8 > at + 4 + size || !fits(dv, field, 8)) continue;
        sizes[key] = u64(dv, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

function readEntry(dv: DataView, at: number, shift: number): { entry: ZipEntry; next: number } | null {
  if (!recordAt(dv, at, 46, DIRECTORY_HEADER)) return null;
  const nameLength = dv.getUint16(at + 28, true);
  const extraLength = dv.getUint16(at + 30, true);
  const commentLength = dv.getUint16(at + 32, true);
  if (!fits(dv, at + 46, nameLength + extraLength)) return null;
  const sizes: Sizes = {
    compressedSize: dv.getUint32(at + 20, true),
    uncompressedSize: dv.getUint32(at + 24, true),
    localHeaderOffset: dv.getUint32(at + 42, true),
  };
  applyZip64Extra(dv, at + 46 + nameLength, extraLength, sizes);
  const nameBytes = new Uint8Array(dv.buffer, dv.byteOffset + at + 46, nameLength);
  const entry: ZipEntry = {
    name: new TextDecoder().decode(nameBytes),
    method: dv.getUint16(at + 10, true),
    ...sizes,
    localHeaderOffset: sizes.localHeaderOffset + shift,
  };
  return { entry, next: at + 46 + nameLength + extraLength + commentLength };
}

/**
 * Every entry the central directory lists, or null when there is no readable directory (not a
 * zip, or a damaged one). Like zip readers, it allows for bytes prepended to the zip.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const dv = view(bytes);
  const end = bytes.byteLength >= 22 ? findEndRecord(dv) : -1;
  const directory = end >= 0 ? directoryOf(dv, end) : null;
  if (!directory) return null;
  const onRecord = recordAt(dv, directory.offset, 4, DIRECTORY_HEADER);
  const shift = onRecord ? 0 : end - directory.size - directory.offset;
  const entries: ZipEntry[] = [];
  let at = directory.offset + shift;
  for (let i = 0; i < directory.count; i++) {
    const read = readEntry(dv, at, shift);
    if (!read) return null;
    entries.push(read.entry);
    at = read.next;
  }
  return entries;
}

/** An entry's stored bytes (compressed as the directory says), or null when its local header is broken. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (!recordAt(dv, at, 30, LOCAL_HEADER)) return null;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (!fits(dv, start, entry.compressedSize)) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}
