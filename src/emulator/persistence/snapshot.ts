import fs from 'node:fs';
import { driveFromStored, driveToStored, type StoredDrive } from '../model/drive-model';
import { currentAsVersion } from '../model/item-versions';
import type { ItemRecord, ListRecord, SiteState } from '../model/list-model';
import { securityFromStored, securityToStored, type StoredSecurity } from '../model/security-model';
import type { DiskSync } from './disk-sync';
import { replaceFileDurably } from './durable-file';
import { RECOVERY } from './journal';

const FORMAT = 'jtai-emulator-snapshot';
/**
 * v2 added the document library, v3 item versions; older snapshots still load, with an empty
 * library and each item's current state as its only version.
 */
const VERSION = 3;
const READABLE_VERSIONS: readonly number[] = [1, 2, VERSION];

type StoredItem = Omit<ItemRecord, 'versions'> & { readonly versions?: ItemRecord['versions'] };
type StoredList = Omit<ListRecord, 'items'> & { readonly items: readonly StoredItem[] };

interface SnapshotFile {
  readonly format: typeof FORMAT;
  readonly version: number;
  /** The journal sequence number the snapshot includes; replay skips entries up to it. */
  readonly lastSeq: number;
  readonly lists: readonly StoredList[];
  readonly drive?: StoredDrive;
  /** Absent in snapshots written before the emulator kept SharePoint security. */
  readonly security?: StoredSecurity;
}

export interface Snapshot {
  readonly lastSeq: number;
  readonly site: SiteState;
}

/** Reads the snapshot, or null when there is none yet. Refuses a file it does not understand. */
export function readSnapshot(file: string): Snapshot | null {
  if (!fs.existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} cannot be read, it is damaged or cut short (${why}). ${RECOVERY}`);
  }
  if (!isSnapshotFile(parsed)) throw new Error(`${file} is not an emulator snapshot (format ${FORMAT} v${VERSION}).`);
  const lists = parsed.lists.map((l): ListRecord => ({
    ...l,
    columns: [...l.columns],
    items: new Map(
      l.items.map((i) => [i.id, { ...i, versions: i.versions ? [...i.versions] : [currentAsVersion(i)] }]),
    ),
  }));
  return {
    lastSeq: parsed.lastSeq,
    site: { lists, drive: driveFromStored(parsed.drive), security: securityFromStored(parsed.security) },
  };
}

/**
 * Writes the snapshot so that a crash at any point leaves either the old file or the new one:
 * write a temp file, fsync it, rename it over the old one, fsync the directory.
 */
export function writeSnapshot(file: string, site: SiteState, lastSeq: number, sync: DiskSync): void {
  const body: SnapshotFile = {
    format: FORMAT,
    version: VERSION,
    lastSeq,
    lists: site.lists.map((l) => ({ ...l, items: [...l.items.values()] })),
    drive: driveToStored(site.drive),
    security: securityToStored(site.security),
  };
  replaceFileDurably(file, Buffer.from(JSON.stringify(body)), sync);
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SnapshotFile>;
  return (
    v.format === FORMAT &&
    READABLE_VERSIONS.includes(v.version ?? 0) &&
    typeof v.lastSeq === 'number' &&
    Array.isArray(v.lists)
  );
}
