import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FSYNC } from './disk-sync';
import { replaceFileDurably } from './durable-file';

export const DELTA_TOKEN_KEY_FILE = 'delta-token.key';

const KEY_BYTES = 32;

/** The secret that seals delta tokens, kept in the data directory so tokens outlive a restart. */
export interface DeltaTokenKey {
  current(): Buffer;
  /** Replaces the key durably: every token sealed with the old one stops being honoured. */
  rotate(): void;
}

export function openDeltaTokenKey(dataDir: string): DeltaTokenKey {
  const file = path.join(dataDir, DELTA_TOKEN_KEY_FILE);
  let key = readKey(file) ?? writeNewKey(file);
  return {
    current: () => key,
    rotate() {
      key = writeNewKey(file);
    },
  };
}

/** The stored key, or null when there is none or it is unreadable (a new one then replaces it). */
function readKey(file: string): Buffer | null {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8').trim();
  return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : null;
}

/** Written durably (see durable-file.ts): a crash leaves the old key or the new one. */
function writeNewKey(file: string): Buffer {
  const key = randomBytes(KEY_BYTES);
  replaceFileDurably(file, Buffer.from(key.toString('hex')), FSYNC);
  return key;
}
