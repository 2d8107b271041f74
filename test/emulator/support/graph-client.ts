import { EMULATOR_SITE_ID } from '../../../src/emulator/emulator-site';
import type { WireBody } from './wire-body';

export const SITE = `/sites/${EMULATOR_SITE_ID}`;

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: WireBody;
  /** The parsed body as sent, for bodies that are not objects (e.g. the personas array). */
  readonly json: unknown;
}

export interface CallOptions {
  /** The demo persona to call as; null sends no Authorization header. */
  readonly as?: string | null;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface GraphClient {
  readonly url: string;
  /** A Graph call; `path` is relative to `/v1.0` or an absolute URL (a nextLink). */
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  /** A call to the emulator's control endpoints, with the run's control secret. */
  control(method: string, path: string, body?: unknown): Promise<Reply>;
}

async function send(url: string, method: string, headers: Record<string, string>, body: unknown): Promise<Reply> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json: unknown = text === '' ? undefined : JSON.parse(text);
  return { status: response.status, headers: response.headers, body: (json ?? {}) as WireBody, json };
}

/** Raw fetch over HTTP: the emulator's own tests speak the wire contract, not the adapter. */
/** `controlSecret`: this run's secret for the control endpoints (see src/emulator/http/control-secret.ts). */
export function graphClient(url: string, controlSecret = ''): GraphClient {
  return {
    url,
    call(method, path, options = {}) {
      const as = options.as === undefined ? 'u-dcs' : options.as;
      const headers = { ...(as === null ? {} : { Authorization: `Bearer demo.${as}` }), ...options.headers };
      const target = /^https?:/.test(path) ? path : `${url}/v1.0${path}`;
      return send(target, method, headers, options.body);
    },
    control: (method, path, body) =>
      send(`${url}/_emulator${path}`, method, controlSecret ? { 'X-Emulator-Secret': controlSecret } : {}, body),
  };
}
