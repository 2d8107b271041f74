import fs from 'node:fs';
import path from 'node:path';
import type { DiskSync } from './disk-sync';

/** Opens `file` with `flags`, hands its descriptor to `act`, and closes it whatever happens. */
function withFd(file: string, flags: string, act: (fd: number) => void): void {
  const fd = fs.openSync(file, flags);
  try {
    act(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Moves `from` over `to` once `from` is on disk, so that a crash leaves either the old `to` or the new one. */
export function renameDurably(from: string, to: string, sync: DiskSync): void {
  withFd(from, 'r+', sync.file);
  fs.renameSync(from, to);
  sync.directory(path.dirname(to));
}

/**
 * Replaces `file` with `bytes` so that a crash at any point leaves either the old file or the new
 * one: write a temp file, sync it, rename it over the old one, sync the directory (see disk-sync.ts).
 */
export function replaceFileDurably(file: string, bytes: Uint8Array, sync: DiskSync): void {
  const temp = `${file}.tmp`;
  withFd(temp, 'w', (fd) => {
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
    sync.file(fd);
  });
  fs.renameSync(temp, file);
  sync.directory(path.dirname(file));
}
