import { StoreError } from '../store-error';

/** SharePoint REST (`{siteUrl}/_api/web/…`) for what Graph cannot do: groups and role assignments. */
export interface SpRest {
  /**
   * `path` is relative to the site, e.g. `/_api/web/sitegroups`, or an absolute `odata.nextLink`
   * on the site's own origin (the token is never sent anywhere else).
   */
  get(path: string): Promise<unknown>;
  post(path: string, body?: unknown): Promise<unknown>;
}

export interface SpRestOptions {
  /** e.g. `https://contoso.sharepoint.com/sites/lscp` (or the emulator's site URL). */
  readonly siteUrl: string;
  /** A token for SharePoint itself (`https://{host}/AllSites.FullControl`), not Graph's. */
  readonly getToken: () => Promise<string>;
  readonly fetch?: typeof fetch;
  readonly maxRetries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Responses in `odata=nometadata` (plain JSON); bodies in `odata=verbose` with `__metadata`, the
 * form SharePoint documents for creating entities. A bearer token needs no request digest.
 */
const ACCEPT = 'application/json;odata=nometadata';
const CONTENT_TYPE = 'application/json;odata=verbose';

const KIND_BY_STATUS: Readonly<Record<number, StoreError['kind']>> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'throttled',
  503: 'throttled',
};

/** The message SharePoint put in its error body (`odata.error` or `error`), if any. */
function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as Record<string, unknown>)['odata.error'] ?? (body as Record<string, unknown>)['error'];
  if (typeof error !== 'object' || error === null) return null;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  const value = (message as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value : null;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function failure(status: number, body: unknown, path: string): StoreError {
  const said = messageOf(body);
  const kind = KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'invalid');
  const message =
    kind === 'forbidden'
      ? `SharePoint refused to change permissions: ${said ?? 'access denied'}. Only a site owner can do this.`
      : `SharePoint could not ${path.split('?')[0]} (HTTP ${status})${said ? `: ${said}` : ''}.`;
  return new StoreError(kind, message, { status, code: 'sharePointRest' });
}

function urlOf(base: string, path: string): string {
  if (!/^https?:\/\//i.test(path)) return `${base}${path}`;
  if (new URL(path).origin !== new URL(base).origin) {
    throw new StoreError('server', 'SharePoint sent a next page on another host; it was not followed.', {
      code: 'unexpectedResponse',
    });
  }
  return path;
}

export function createSpRestClient(options: SpRestOptions): SpRest {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? 3;
  const base = options.siteUrl.replace(/\/+$/, '');

  const send = async (method: 'GET' | 'POST', path: string, body: unknown): Promise<unknown> => {
    let token: string;
    try {
      token = await options.getToken();
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new StoreError('unauthorized', `No SharePoint sign-in token: ${why}`, { code: 'sharePointToken' });
    }
    const url = urlOf(base, path);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: ACCEPT };
    if (body !== undefined) headers['Content-Type'] = CONTENT_TYPE;
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch {
        throw new StoreError('offline', 'SharePoint could not be reached. Check the connection and try again.');
      }
      if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
        await sleep(Number(response.headers.get('Retry-After') ?? '2') * 1000);
        continue;
      }
      const parsed = await readBody(response);
      if (!response.ok) throw failure(response.status, parsed, path);
      return parsed;
    }
  };

  return { get: (path) => send('GET', path, undefined), post: (path, body) => send('POST', path, body) };
}
