/** Every I/O failure of the store, as one kind the UI can explain. */
export type StoreErrorKind =
  | 'conflict' // someone else changed it (HTTP 412)
  | 'forbidden' // your role may not do this (403)
  | 'unauthorized' // not signed in, or the sign-in expired (401)
  | 'not-found' // 404
  | 'throttled' // 429/503 after retries
  | 'offline' // the network dropped
  | 'invalid' // the request was refused as malformed (400)
  | 'server'; // 5xx after retries

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly details: {
      readonly status?: number;
      readonly code?: string;
      readonly retryAfterMs?: number;
      /** For a conflict on update: the value now stored, with its version (a `Versioned<T>`). */
      readonly current?: unknown;
    } = {},
  ) {
    super(message);
  }
}

export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;

/** The code of an `unauthorized` failure whose message is the sign-in's own account of what to do. */
export const SIGN_IN_EXPLAINED = 'signInExplained';
