import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { MUTATION_TYPES, type Mutation } from '../model/mutation';
import type { DiskSync } from './disk-sync';

export interface JournalEntry {
  readonly seq: number;
  readonly mutation: Mutation;
}

export interface JournalContents {
  readonly entries: readonly JournalEntry[];
  /** Length of the intact part; anything after it is a write torn by a crash. */
  readonly intactBytes: number;
  readonly tornBytes: number;
}

/** A record's checksum: the first 16 hex digits of the SHA-256 of its entry as written. */
const checksumOf = (entry: JournalEntry): string =>
  createHash('sha256')
    .update(JSON.stringify({ seq: entry.seq, mutation: entry.mutation }))
    .digest('hex')
    .slice(0, 16);

/** How to get going again, said with any damage found in the data directory. */
export const RECOVERY =
  'Nothing has been changed. To recover, restore the data directory from a backup; or move the damaged file aside to start from what the other file holds (losing the writes only it held); or start afresh with `npm run emulator -- --reset`.';

/**
 * Reads the journal. Each record ends with a newline and carries a checksum. A crash mid-append
 * can leave only an unfinished last record (no newline), which is dropped: its write was never
 * acknowledged. A complete record that is unreadable or fails its checksum was acknowledged, so
 * the journal is refused, naming the byte where the damage starts.
 */
export function readJournal(file: string): JournalContents {
  if (!fs.existsSync(file)) return { entries: [], intactBytes: 0, tornBytes: 0 };
  const buffer = fs.readFileSync(file);
  const entries: JournalEntry[] = [];
  let offset = 0;
  let intactBytes = 0;
  while (offset < buffer.length) {
    const newline = buffer.indexOf(0x0a, offset);
    if (newline === -1) break;
    const entry = parseEntry(buffer.subarray(offset, newline).toString('utf8'));
    if (!entry) {
      throw new Error(
        `${file} is damaged at byte ${offset}: a complete journal record there is unreadable or does not match its checksum. ${RECOVERY}`,
      );
    }
    entries.push(entry);
    offset = newline + 1;
    intactBytes = offset;
  }
  return { entries, intactBytes, tornBytes: buffer.length - intactBytes };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value: unknown = JSON.parse(line);
    if (!isEntry(value)) return null;
    const { sum } = value as { sum?: unknown };
    // Records written before checksums were kept have none; every later one must match.
    return sum === undefined || sum === checksumOf(value) ? value : null;
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { seq, mutation } = value as { seq?: unknown; mutation?: unknown };
  if (typeof seq !== 'number' || typeof mutation !== 'object' || mutation === null) return false;
  return MUTATION_TYPES.includes((mutation as { type?: unknown }).type as Mutation['type']);
}

/** Lines written at once by a bulk append, so that no one string grows past what a string may hold. */
const WRITE_CHUNK = 2000;

/** The append side of the journal. */
export class JournalWriter {
  private readonly fd: number;

  /** Opens for appending, first cutting off a torn tail so new lines do not join it. */
  constructor(
    file: string,
    intactBytes: number,
    private readonly sync: DiskSync,
  ) {
    if (fs.existsSync(file)) fs.truncateSync(file, intactBytes);
    this.fd = fs.openSync(file, 'a');
  }

  /** Returns only once the line is on disk: the caller acknowledges the write after this. */
  append(entry: JournalEntry): void {
    this.appendAll([entry]);
  }

  /** Several lines in one write and one fsync: a bulk load is on disk before it is acknowledged. */
  appendAll(entries: readonly JournalEntry[]): void {
    for (let start = 0; start < entries.length; start += WRITE_CHUNK) {
      const lines = entries.slice(start, start + WRITE_CHUNK).map((entry) => {
        const record = { seq: entry.seq, mutation: entry.mutation };
        return `${JSON.stringify({ ...record, sum: checksumOf(record) })}\n`;
      });
      fs.writeSync(this.fd, lines.join(''));
    }
    this.sync.file(this.fd);
  }

  /** Empties the journal once a snapshot holds everything in it. */
  clear(): void {
    fs.ftruncateSync(this.fd, 0);
    this.sync.file(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
