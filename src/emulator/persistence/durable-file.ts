import fs from 'node:fs';
import path from 'node:path';

/** Opens `file` with `flags`, hands its descriptor to `act`, and closes it whatever happens. */
function withFd(file: string, flags: string, act: (fd: number) => void): void {
  const fd = fs.openSync(file, flags);
  try {
    act(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a directory's entries (a file just renamed into it) to disk. */
function fsyncDirectory(dir: string): void {
  withFd(dir, 'r', fs.fsyncSync);
}

/** Moves `from` over `to` once `from` is on disk, so that a crash leaves either the old `to` or the new one. */
export function renameDurably(from: string, to: string): void {
  withFd(from, 'r+', fs.fsyncSync);
  fs.renameSync(from, to);
  fsyncDirectory(path.dirname(to));
}

/**
 * Replaces `file` with `bytes` so that a crash at any point leaves either the old file or the new
 * one: write a temp file, fsync it, rename it over the old one, fsync the directory.
 */
export function replaceFileDurably(file: string, bytes: Uint8Array): void {
  const temp = `${file}.tmp`;
  withFd(temp, 'w', (fd) => {
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
    fs.fsyncSync(fd);
  });
  fs.renameSync(temp, file);
  fsyncDirectory(path.dirname(file));
}
