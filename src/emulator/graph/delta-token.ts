import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ChangeCursor } from '../model/change-log';
import type { DeltaTokenKey } from '../persistence/delta-token-key';

/** Where a delta enumeration of one list stands: the `token` of its nextLink or deltaLink. */
export interface DeltaPosition {
  readonly listId: string;
  readonly cursor: ChangeCursor;
  /** Deletions at or before this position are not reported (see `changesAfter`). */
  readonly floor: number;
}

export interface DeltaTokens {
  issue(position: DeltaPosition): string;
  /** The position a token names, or null when it is unknown, forged, expired or for another list. */
  open(token: string, listId: string): DeltaPosition | null;
  /** Stops honouring every token issued so far. */
  expireAll(): void;
}

/**
 * SharePoint keeps its change log 60 days by default (SPWebApplication.ChangeLogRetentionPeriod,
 * learn.microsoft.com/previous-versions/office/sharepoint-server/ms411967); a token older than
 * the log can no longer be answered.
 */
export const DEFAULT_DELTA_TOKEN_LIFETIME_MS = 60 * 24 * 60 * 60 * 1000;

const IV_BYTES = 12;
const TAG_BYTES = 16;

interface Sealed {
  readonly l: string;
  readonly s: number;
  readonly i?: number;
  readonly f: number;
  /** When the token was issued, in epoch milliseconds. */
  readonly t: number;
}

/**
 * Tokens are the position sealed with AES-256-GCM under the data directory's key: opaque to
 * clients, who can neither read nor forge them, and still valid after a restart.
 */
export function createDeltaTokens(key: DeltaTokenKey, lifetimeMs: number, clock: () => number = Date.now): DeltaTokens {
  return {
    issue(position) {
      const sealed: Sealed = {
        l: position.listId,
        s: position.cursor.seq,
        ...(position.cursor.id !== undefined && { i: position.cursor.id }),
        f: position.floor,
        t: clock(),
      };
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key.current(), iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(sealed), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(token, listId) {
      const sealed = unseal(key.current(), token);
      if (!sealed || sealed.l !== listId || clock() - sealed.t > lifetimeMs) return null;
      const cursor = sealed.i === undefined ? { seq: sealed.s } : { seq: sealed.s, id: sealed.i };
      return { listId: sealed.l, cursor, floor: sealed.f };
    },
    expireAll: () => key.rotate(),
  };
}

function unseal(key: Buffer, token: string): Sealed | null {
  const bytes = Buffer.from(token, 'base64url');
  if (!/^[A-Za-z0-9_-]+$/.test(token) || bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    const value: unknown = JSON.parse(text.toString('utf8'));
    return isSealed(value) ? value : null;
  } catch {
    return null;
  }
}

function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['l'] === 'string' &&
    typeof v['s'] === 'number' &&
    (v['i'] === undefined || typeof v['i'] === 'number') &&
    typeof v['f'] === 'number' &&
    typeof v['t'] === 'number'
  );
}
