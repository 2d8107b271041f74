import fs from 'node:fs';
import { MUTATION_TYPES, type Mutation } from '../model/mutation';

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

/**
 * Reads the journal. A crash mid-append can leave an unfinished last line, which is dropped
 * (its write was never acknowledged); an unreadable line followed by good ones is corruption.
 */
export function readJournal(file: string): JournalContents {
  if (!fs.existsSync(file)) return { entries: [], intactBytes: 0, tornBytes: 0 };
  const buffer = fs.readFileSync(file);
  const entries: JournalEntry[] = [];
  let offset = 0;
  let intactBytes = 0;
  let badLineAt: number | null = null;
  while (offset < buffer.length) {
    const newline = buffer.indexOf(0x0a, offset);
    const end = newline === -1 ? buffer.length : newline + 1;
    const entry = parseEntry(buffer.subarray(offset, newline === -1 ? end : newline).toString('utf8'));
    if (entry && newline !== -1) {
      if (badLineAt !== null)
        throw new Error(`${file} is corrupt at byte ${badLineAt}: an unreadable line is followed by good ones.`);
      entries.push(entry);
      intactBytes = end;
    } else badLineAt ??= offset;
    offset = end;
  }
  return { entries, intactBytes, tornBytes: buffer.length - intactBytes };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value: unknown = JSON.parse(line);
    return isEntry(value) ? value : null;
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

/** The append side of the journal. */
export class JournalWriter {
  private readonly fd: number;

  /** Opens for appending, first cutting off a torn tail so new lines do not join it. */
  constructor(file: string, intactBytes: number) {
    if (fs.existsSync(file)) fs.truncateSync(file, intactBytes);
    this.fd = fs.openSync(file, 'a');
  }

  /** Returns only once the line is on disk: the caller acknowledges the write after this. */
  append(entry: JournalEntry): void {
    fs.writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(this.fd);
  }

  /** Empties the journal once a snapshot holds everything in it. */
  clear(): void {
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
