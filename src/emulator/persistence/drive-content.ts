import fs from 'node:fs';
import path from 'node:path';
import type { DiskSync } from './disk-sync';
import { renameDurably, replaceFileDurably } from './durable-file';

/**
 * The bytes of the document library's files, one blob per version, kept beside the journal so
 * that the journal carries only metadata. A blob is durable before the journal names it.
 */
export interface DriveContent {
  /** Writes a new blob: temp file, fsync, rename, fsync the directory. */
  writeBlob(blobId: string, bytes: Uint8Array): void;
  blobFile(blobId: string): string;
  /** Appends a fragment to an upload session's part file. */
  appendPart(sessionId: string, bytes: Uint8Array): void;
  /** Makes a finished part durable and moves it in as a blob. */
  commitPart(sessionId: string, blobId: string): void;
  discardPart(sessionId: string): void;
  /** Deletes every blob the library no longer refers to. */
  retainOnly(blobIds: ReadonlySet<string>): void;
  /** Deletes the parts of upload sessions, which do not outlive the process that held them. */
  clearParts(): void;
}

const SAFE_ID = /^[A-Za-z0-9-]+$/;

function checkId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`Unsafe drive content id: ${id}`);
  return id;
}

export function openDriveContent(dir: string, sync: DiskSync): DriveContent {
  const blobs = path.join(dir, 'blobs');
  const parts = path.join(dir, 'uploads');
  fs.mkdirSync(blobs, { recursive: true });
  fs.mkdirSync(parts, { recursive: true });
  const blobFile = (blobId: string) => path.join(blobs, checkId(blobId));
  const partFile = (sessionId: string) => path.join(parts, `${checkId(sessionId)}.part`);
  return {
    writeBlob: (blobId, bytes) => replaceFileDurably(blobFile(blobId), bytes, sync),
    blobFile,
    appendPart: (sessionId, bytes) => fs.appendFileSync(partFile(sessionId), bytes),
    commitPart: (sessionId, blobId) => renameDurably(partFile(sessionId), blobFile(blobId), sync),
    discardPart: (sessionId) => fs.rmSync(partFile(sessionId), { force: true }),
    retainOnly(blobIds) {
      for (const name of fs.readdirSync(blobs)) {
        if (!blobIds.has(name)) fs.rmSync(path.join(blobs, name), { force: true });
      }
    },
    clearParts() {
      for (const name of fs.readdirSync(parts)) fs.rmSync(path.join(parts, name), { force: true });
    },
  };
}
