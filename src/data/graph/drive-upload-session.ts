import type { PublicError, PublicErrorResponse, UploadSession } from '@microsoft/microsoft-graph-types';
import type { StoreError } from '../store-error';
import type { RetrySettings } from './graph-client';
import { receivedOrEmpty } from './graph-payloads';
import { mapGraphError, storeErrorFromFailure } from './map-graph-error';

/**
 * 10 × 320 KiB (3.125 MiB): Graph wants every fragment but the last to be a multiple of 320 KiB,
 * and this size keeps each request under a simple upload's 4 MiB on a slow council network.
 */
export const FRAGMENT_BYTES = 10 * 320 * 1024;

export interface FragmentTransport {
  /** The upload URL is pre-authenticated: it is called with plain fetch and no token. */
  readonly fetch: typeof fetch;
  readonly retry: RetrySettings;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The file as saved, when the session is gone after the last fragment was sent: the server
   * committed it but the answer was lost. Null when the file there is not this upload (as far
   * as its size tells).
   */
  readonly savedFile?: () => Promise<unknown>;
}

type Outcome =
  | { readonly kind: 'done'; readonly item: unknown }
  | { readonly kind: 'accepted'; readonly next: number | null }
  | { readonly kind: 'failed'; readonly error: StoreError; readonly retry: 'same' | 'resume' | 'never' };

/** The first missing byte in `nextExpectedRanges` (`["26-"]` or `["26-127", …]`). */
function firstExpected(body: unknown): number | null {
  const ranges = receivedOrEmpty<UploadSession>(body).nextExpectedRanges;
  const first = Array.isArray(ranges) && typeof ranges[0] === 'string' ? /^(\d+)-/.exec(ranges[0]) : null;
  return first ? Number(first[1]) : null;
}

async function failure(response: Response): Promise<StoreError> {
  const body: unknown = await response.json().catch(() => null);
  const error = receivedOrEmpty<PublicError>(receivedOrEmpty<PublicErrorResponse>(body).error);
  return storeErrorFromFailure({
    status: response.status,
    code: typeof error.code === 'string' ? error.code : undefined,
    message: typeof error.message === 'string' ? error.message : undefined,
    retryAfter: response.headers.get('Retry-After'),
  });
}

async function putFragment(
  transport: FragmentTransport,
  url: string,
  bytes: Uint8Array,
  first: number,
): Promise<Outcome> {
  const last = Math.min(first + FRAGMENT_BYTES, bytes.length) - 1;
  let response: Response;
  try {
    response = await transport.fetch(url, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes ${first}-${last}/${bytes.length}` },
      body: bytes.slice(first, last + 1),
    });
  } catch (error) {
    return { kind: 'failed', error: mapGraphError(error), retry: 'resume' };
  }
  if (response.status === 200 || response.status === 201) return { kind: 'done', item: await response.json() };
  if (response.status === 202)
    return { kind: 'accepted', next: firstExpected(await response.json().catch(() => null)) };
  const error = await failure(response);
  if (error.kind === 'throttled') return { kind: 'failed', error, retry: 'same' };
  // 416: the server has those bytes already; a 5xx may or may not have kept them. Ask it.
  const unsure = response.status === 416 || error.kind === 'server';
  return { kind: 'failed', error, retry: unsure ? 'resume' : 'never' };
}

/** Where the server wants the upload to continue, from the session's status. */
async function resumePoint(transport: FragmentTransport, url: string, fallback: number): Promise<number> {
  try {
    const response = await transport.fetch(url, { method: 'GET' });
    return response.ok ? (firstExpected(await response.json()) ?? fallback) : fallback;
  } catch {
    return fallback;
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the bytes to an upload session in order, and returns the driveItem the last fragment
 * commits. A throttled fragment is sent again after `Retry-After`; after a dropped connection or
 * a server error the upload resumes where the server says it got to, as Graph recommends.
 */
export async function uploadInFragments(
  transport: FragmentTransport,
  url: string,
  bytes: Uint8Array,
): Promise<unknown> {
  const sleep = transport.sleep ?? wait;
  let next = 0;
  let failures = 0;
  let sentLast = false;
  for (;;) {
    sentLast ||= next + FRAGMENT_BYTES >= bytes.length;
    const outcome = await putFragment(transport, url, bytes, next);
    if (outcome.kind === 'done') return outcome.item;
    if (outcome.kind === 'failed' && outcome.error.kind === 'not-found' && sentLast && transport.savedFile) {
      const saved = await transport.savedFile();
      if (saved !== null) return saved;
    }
    if (outcome.kind === 'accepted') {
      next = outcome.next ?? Math.min(next + FRAGMENT_BYTES, bytes.length);
      failures = 0;
      continue;
    }
    failures += 1;
    if (outcome.retry === 'never' || failures > transport.retry.maxRetries) throw outcome.error;
    const backoff = transport.retry.delaySeconds * 1000 * 2 ** (failures - 1);
    await sleep(outcome.error.details.retryAfterMs ?? backoff);
    if (outcome.retry === 'resume') next = await resumePoint(transport, url, next);
  }
}

/** Lets the server drop the bytes of an upload that will not finish; a failure here changes nothing. */
export async function cancelUploadSession(transport: FragmentTransport, url: string): Promise<void> {
  await transport.fetch(url, { method: 'DELETE' }).catch(() => undefined);
}
