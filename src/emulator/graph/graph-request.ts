import type { DurableSite } from '../persistence/durable-site';
import type { DeltaTokens } from './delta-token';
import type { DemoPersona } from '../seed/demo-directory';

/** One Graph call, from the wire or from inside a `$batch`. */
export interface GraphRequest {
  readonly method: string;
  /** The path after `/v1.0`, e.g. `/sites/{id}/lists`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly caller: DemoPersona;
  /** The absolute `/v1.0` URL as this client reaches it, for `@odata.nextLink`. */
  readonly baseUrl: string;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** What Graph handlers work with: the durable site, a clock, a source of GUIDs and delta tokens. */
export interface GraphServices {
  readonly site: DurableSite;
  /** Now, ISO 8601 in UTC to the millisecond, strictly later on every call. */
  readonly now: () => string;
  readonly newGuid: () => string;
  readonly deltaTokens: DeltaTokens;
}

export interface RouteContext {
  readonly request: GraphRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly services: GraphServices;
}

export type RouteHandler = (context: RouteContext) => GraphResponse;

export const json = (status: number, body: unknown, headers?: Record<string, string>): GraphResponse => ({
  status,
  body,
  ...(headers && { headers }),
});
