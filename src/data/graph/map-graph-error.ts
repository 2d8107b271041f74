import type { GraphError } from '@microsoft/microsoft-graph-client';
import { SIGN_IN_EXPLAINED, StoreError, type StoreErrorKind } from '../store-error';

/** What an HTTP failure looks like, whether it came back whole or inside a `$batch`. */
export interface HttpFailure {
  readonly status: number;
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  /** The `Retry-After` header, in seconds or as an HTTP date. */
  readonly retryAfter?: string | null | undefined;
}

/** The name the auth middleware gives a failure to get a token, so it maps to `unauthorized`. */
export const TOKEN_UNAVAILABLE = 'TokenUnavailable';

/** What a token failure says when the sign-in gave no reason of its own. */
export const NO_TOKEN = 'No access token is available';

/** The code of a 409 for a sign-off whose content hash is not the plan's as stored now. */
export const STALE_CONTENT = 'staleContent';

const NETWORK_ERRORS = new Set(['TypeError', 'AbortError', 'TimeoutError']);

const FALLBACK_MESSAGE: Record<StoreErrorKind, string> = {
  conflict: 'Someone else changed this while you were editing it.',
  forbidden: 'You do not have permission to do this.',
  unauthorized: 'Your sign-in has expired. Please sign in again.',
  'not-found': 'This item no longer exists.',
  throttled: 'The service is busy. Please try again in a moment.',
  offline: 'The connection was lost. Check your network and try again.',
  invalid: 'The request was refused as invalid.',
  server: 'The service had a problem. Please try again later.',
};

export function kindOfStatus(status: number): StoreErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503) return 'throttled';
  if (status >= 500) return 'server';
  if (status >= 400) return 'invalid';
  return status < 0 ? 'offline' : 'server';
}

export function parseRetryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function storeErrorFromFailure(failure: HttpFailure): StoreError {
  const kind = kindOfStatus(failure.status);
  // A 403 carries the server's explanation of the permission rule, which the UI shows as is;
  // so does a sign-off refused because the plan changed under it.
  const explained = kind === 'forbidden' || kind === 'invalid' || failure.code === STALE_CONTENT;
  const serverMessage = explained ? failure.message : undefined;
  const retryAfterMs = kind === 'throttled' ? parseRetryAfterMs(failure.retryAfter) : undefined;
  return new StoreError(kind, serverMessage?.trim() || FALLBACK_MESSAGE[kind], {
    status: failure.status,
    ...(failure.code ? { code: failure.code } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function failureBeforeResponse(name: string | null | undefined, message: string): StoreError {
  if (name === TOKEN_UNAVAILABLE) {
    const explained = message !== '' && message !== NO_TOKEN;
    return explained
      ? new StoreError('unauthorized', message, { code: SIGN_IN_EXPLAINED })
      : new StoreError('unauthorized', FALLBACK_MESSAGE.unauthorized, { code: name });
  }
  if (name && NETWORK_ERRORS.has(name)) return new StoreError('offline', FALLBACK_MESSAGE.offline, { code: name });
  return new StoreError('server', message || FALLBACK_MESSAGE.server, name ? { code: name } : {});
}

/**
 * The Graph client's own error, known by its shape: the client loads after the first view, so its
 * class is not at hand here (it sets `statusCode`, `requestId` and `body` on every instance).
 */
const isGraphError = (error: unknown): error is GraphError =>
  error instanceof Error &&
  typeof (error as { statusCode?: unknown }).statusCode === 'number' &&
  'requestId' in error &&
  'body' in error;

/** Turns whatever the Graph client threw into the one error type the port promises. */
export function mapGraphError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isGraphError(error)) {
    if (error.statusCode < 0) return failureBeforeResponse(error.code, error.message);
    if (error.statusCode < 400) return failureBeforeResponse('unexpectedResponse', '');
    return storeErrorFromFailure({
      status: error.statusCode,
      code: error.code ?? undefined,
      message: error.message,
      retryAfter: error.headers?.get('Retry-After'),
    });
  }
  if (error instanceof Error) return failureBeforeResponse(error.name, error.message);
  return failureBeforeResponse(undefined, '');
}
