import type { PublicError, PublicErrorResponse } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './graph-api';
import { receivedOrEmpty } from './graph-payloads';
import { asRecord } from './list-item';
import { kindOfStatus, parseRetryAfterMs, storeErrorFromFailure } from './map-graph-error';
import type { StoreError } from '../store-error';

/** Graph refuses a `$batch` of more than 20 requests. */
export const BATCH_LIMIT = 20;

export interface BatchRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/…/lists/…/items`. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One sub-response: its body on success, or the failure as a `StoreError`. */
export type BatchResult =
  { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly error: StoreError };

interface SubResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

const headerOf = (headers: Readonly<Record<string, unknown>>, name: string): string | undefined => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

function toResult(sub: SubResponse): BatchResult {
  if (sub.status >= 200 && sub.status < 300) return { ok: true, body: sub.body };
  const detail = receivedOrEmpty<PublicError>(receivedOrEmpty<PublicErrorResponse>(sub.body).error);
  return {
    ok: false,
    error: storeErrorFromFailure({
      status: sub.status,
      code: typeof detail.code === 'string' ? detail.code : undefined,
      message: typeof detail.message === 'string' ? detail.message : undefined,
      retryAfter: headerOf(sub.headers, 'Retry-After'),
    }),
  };
}

async function postChunk(api: GraphApi, chunk: readonly BatchRequest[]): Promise<Map<string, SubResponse>> {
  const requests = chunk.map((r, i) => {
    const headers = r.body === undefined ? r.headers : { 'Content-Type': 'application/json', ...r.headers };
    return {
      id: String(i + 1),
      method: r.method,
      url: r.url,
      ...(headers ? { headers } : {}),
      ...(r.body === undefined ? {} : { body: r.body }),
    };
  });
  const reply = asRecord(await api.post('/$batch', { requests }), 'a batch response');
  const byId = new Map<string, SubResponse>();
  for (const raw of Array.isArray(reply.responses) ? reply.responses : []) {
    const sub = asRecord(raw, 'a batch sub-response');
    const headers =
      typeof sub.headers === 'object' && sub.headers !== null ? (sub.headers as Record<string, unknown>) : {};
    byId.set(String(sub.id), { status: Number(sub.status), headers, body: sub.body });
  }
  return byId;
}

const missing = (): BatchResult => ({
  ok: false,
  error: storeErrorFromFailure({ status: 502, code: 'missingBatchResponse' }),
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends up to 20 requests in one round trip. Graph throttles sub-requests one by one, and the
 * client's retry middleware only sees the outer 200, so throttled sub-requests are resent here.
 */
async function sendChunk(api: GraphApi, chunk: readonly BatchRequest[]): Promise<BatchResult[]> {
  const results: BatchResult[] = chunk.map(missing);
  let pending = chunk.map((_, i) => i);
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const replies = await postChunk(
      api,
      pending.map((i) => chunk[i] as BatchRequest),
    );
    const retryAfter: number[] = [];
    const stillThrottled: number[] = [];
    pending.forEach((index, position) => {
      const sub = replies.get(String(position + 1));
      results[index] = sub ? toResult(sub) : missing();
      if (sub && kindOfStatus(sub.status) === 'throttled' && attempt < api.retry.maxRetries) {
        stillThrottled.push(index);
        retryAfter.push(parseRetryAfterMs(headerOf(sub.headers, 'Retry-After')) ?? api.retry.delaySeconds * 1000);
      }
    });
    pending = stillThrottled;
    if (pending.length > 0) await sleep(Math.max(...retryAfter));
  }
  return results;
}

/** Runs any number of requests as `$batch` calls of at most 20, one after another, in input order. */
export async function sendBatch(api: GraphApi, requests: readonly BatchRequest[]): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
    results.push(...(await sendChunk(api, requests.slice(start, start + BATCH_LIMIT))));
  }
  return results;
}

/** The body of every sub-response, or the first failure thrown. */
export async function sendBatchOrThrow(api: GraphApi, requests: readonly BatchRequest[]): Promise<unknown[]> {
  const results = await sendBatch(api, requests);
  return results.map((result) => {
    if (!result.ok) throw result.error;
    return result.body;
  });
}
