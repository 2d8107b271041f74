import type { GraphConnection, RetrySettings } from './graph-client';
import { mapGraphError } from './map-graph-error';

/** The Graph calls the adapter makes; every failure arrives as a `StoreError`. */
export interface GraphApi {
  readonly version: string;
  readonly retry: RetrySettings;
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
  /** `ifMatch` is the eTag the caller last read; a stale one fails as `conflict` (412). */
  patch(path: string, body: unknown, ifMatch?: string): Promise<unknown>;
  delete(path: string, ifMatch: string): Promise<void>;
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapGraphError(error);
  }
}

export function graphApi({ client, version, retry }: GraphConnection): GraphApi {
  return {
    version,
    retry,
    get: (path) => mapped(async () => (await client()).api(path).get()),
    post: (path, body) => mapped(async () => (await client()).api(path).post(body)),
    patch: (path, body, ifMatch) =>
      mapped(async () => {
        const request = (await client()).api(path);
        return (ifMatch === undefined ? request : request.header('If-Match', ifMatch)).patch(body);
      }),
    delete: (path, ifMatch) =>
      mapped(async () => void (await (await client()).api(path).header('If-Match', ifMatch).delete())),
  };
}
