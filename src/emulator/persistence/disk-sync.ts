import fs from 'node:fs';

/**
 * How a write is made durable before it is acknowledged. `FSYNC` (the default) survives a power cut.
 * `OS_BUFFERS` leaves the bytes in the operating system's cache: they survive the emulator being
 * killed (kill -9), not the machine stopping. Test runs use it (`EMULATOR_FSYNC=off`), where fsync on a
 * shared disk costs seconds a file and proves nothing a test looks at.
 */
export interface DiskSync {
  file(fd: number): void;
  directory(dir: string): void;
}

const fsyncDirectory = (dir: string): void => {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

export const FSYNC: DiskSync = { file: (fd) => fs.fsyncSync(fd), directory: fsyncDirectory };

export const OS_BUFFERS: DiskSync = { file: () => undefined, directory: () => undefined };

/** `EMULATOR_FSYNC=off` chooses `OS_BUFFERS`; anything else, `FSYNC`. */
export const diskSyncFromEnv = (env: NodeJS.ProcessEnv = process.env): DiskSync =>
  env.EMULATOR_FSYNC === 'off' ? OS_BUFFERS : FSYNC;
