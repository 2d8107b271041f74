import fs from 'node:fs';
import path from 'node:path';
import { applyMutation } from '../model/apply-mutation';
import { driveBlobIds } from '../model/drive-model';
import { emptySite, type SiteState } from '../model/list-model';
import type { Mutation } from '../model/mutation';
import { lockDataDir } from './data-dir-lock';
import { diskSyncFromEnv, type DiskSync } from './disk-sync';
import { openDriveContent, type DriveContent } from './drive-content';
import { JournalWriter, readJournal } from './journal';
import { readSnapshot, writeSnapshot } from './snapshot';

/** The site state, kept durable in the data directory. */
export interface DurableSite {
  readonly state: SiteState;
  /** The bytes of the document library's files; write a blob before committing what names it. */
  readonly content: DriveContent;
  /** Journals the change (on disk, see disk-sync.ts) and applies it; a write may be acknowledged once this returns. */
  commit(mutation: Mutation): void;
  /** Journals many changes with one disk sync, then applies them in order (a bulk load, such as a scale test's site). */
  commitAll(mutations: readonly Mutation[]): void;
  /** Folds the journal into the snapshot. */
  compact(): void;
  close(): void;
}

export interface DurableSiteOptions {
  /** Compact after this many journaled changes. */
  readonly compactEvery?: number;
  readonly log?: (line: string) => void;
  /** Start from an empty site, setting aside whatever the directory holds, readable or not (a reset). */
  readonly discardStored?: boolean;
  /** How writes reach the disk; fsync unless `EMULATOR_FSYNC=off` (see disk-sync.ts). */
  readonly sync?: DiskSync;
}

export const SNAPSHOT_FILE = 'snapshot.json';
export const JOURNAL_FILE = 'journal.jsonl';
export const DRIVE_DIR = 'drive';

/** Opens (creating if needed) the site in `dataDir`: snapshot, then every later journal entry. */
export function openDurableSite(dataDir: string, options: DurableSiteOptions = {}): DurableSite {
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const snapshotFile = path.join(dataDir, SNAPSHOT_FILE);
  const journalFile = path.join(dataDir, JOURNAL_FILE);
  const sync = options.sync ?? diskSyncFromEnv();
  try {
    if (options.discardStored) for (const file of [snapshotFile, journalFile]) fs.rmSync(file, { force: true });
    const snapshot = readSnapshot(snapshotFile);
    const state = snapshot?.site ?? emptySite();
    let lastSeq = snapshot?.lastSeq ?? 0;
    const journal = readJournal(journalFile);
    const replay = journal.entries.filter((e) => e.seq > lastSeq);
    for (const entry of replay) applyMutation(state, entry.mutation);
    lastSeq = replay.reduce((max, e) => Math.max(max, e.seq), lastSeq);
    if (journal.tornBytes > 0)
      options.log?.(`Dropped an unfinished journal line (${journal.tornBytes} bytes) left by a crash.`);
    const writer = new JournalWriter(journalFile, journal.intactBytes, sync);
    const content = openDriveContent(path.join(dataDir, DRIVE_DIR), sync);
    content.clearParts();
    content.retainOnly(driveBlobIds(state.drive));
    return durableSite({
      state,
      content,
      lastSeq,
      writer,
      snapshotFile,
      sync,
      unlock,
      compactEvery: options.compactEvery ?? 1000,
      pending: journal.entries.length,
    });
  } catch (e) {
    unlock();
    throw e;
  }
}

interface OpenedSite {
  readonly state: SiteState;
  readonly content: DriveContent;
  lastSeq: number;
  readonly writer: JournalWriter;
  readonly snapshotFile: string;
  readonly sync: DiskSync;
  readonly unlock: () => void;
  readonly compactEvery: number;
  /** Journal entries not yet folded into the snapshot. */
  pending: number;
}

function durableSite(site: OpenedSite): DurableSite {
  const compact = () => {
    writeSnapshot(site.snapshotFile, site.state, site.lastSeq, site.sync);
    site.writer.clear();
    site.pending = 0;
    site.content.retainOnly(driveBlobIds(site.state.drive));
  };
  if (site.pending > 0) compact();
  let closed = false;
  return {
    state: site.state,
    content: site.content,
    commit(mutation) {
      site.lastSeq += 1;
      site.writer.append({ seq: site.lastSeq, mutation });
      applyMutation(site.state, mutation);
      site.pending += 1;
      if (site.pending >= site.compactEvery) compact();
    },
    commitAll(mutations) {
      const entries = mutations.map((mutation, i) => ({ seq: site.lastSeq + 1 + i, mutation }));
      site.writer.appendAll(entries);
      site.lastSeq += entries.length;
      for (const mutation of mutations) applyMutation(site.state, mutation);
      site.pending += entries.length;
      if (site.pending >= site.compactEvery) compact();
    },
    compact,
    close() {
      if (closed) return;
      closed = true;
      site.writer.close();
      site.unlock();
    },
  };
}
