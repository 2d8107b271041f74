import fs from 'node:fs';
import path from 'node:path';

const heldHere = new Set<string>();

/**
 * Claims the data directory for this emulator: two writers appending to one journal would
 * interleave their lines. A lock left by a process that has died (e.g. `kill -9`) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.resolve(dataDir, 'emulator.lock');
  if (heldHere.has(file)) throw new Error(`${dataDir} is already in use by another emulator in this process.`);
  const holder = readHolder(file);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(`${dataDir} is in use by another emulator (process ${holder}).`);
  }
  fs.writeFileSync(file, String(process.pid));
  heldHere.add(file);
  return () => {
    heldHere.delete(file);
    fs.rmSync(file, { force: true });
  };
}

function readHolder(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
