import type * as GraphClientLibrary from '@microsoft/microsoft-graph-client';
import type { Client, Context, Middleware, ShouldRetry } from '@microsoft/microsoft-graph-client';
import { NO_TOKEN, TOKEN_UNAVAILABLE } from './map-graph-error';

export interface RetrySettings {
  readonly maxRetries: number;
  /** Used when a throttled response carries no `Retry-After`. */
  readonly delaySeconds: number;
}

export interface GraphClientOptions {
  /** Graph's root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly getToken: () => Promise<string>;
  readonly fetch?: typeof fetch;
  readonly retry?: Partial<RetrySettings>;
}

export interface GraphConnection {
  /** The Graph client, made when first asked for: the library loads after the first view. */
  readonly client: () => Promise<Client>;
  readonly version: string;
  readonly retry: RetrySettings;
}

const DEFAULT_RETRY: RetrySettings = { maxRetries: 3, delaySeconds: 3 };

/** The public Graph clouds; the configured host is added to these as a custom host. */
const GRAPH_HOSTS = [
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
];

/**
 * Sends the request through an injectable fetch, so tests can drop or count requests. The last
 * middleware, as the library's HTTPMessageHandler is: it sends and sets the response.
 */
class FetchMessageHandler implements Middleware {
  constructor(private readonly send: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, context.options);
  }
}

type GraphLibrary = typeof GraphClientLibrary;

let library: Promise<GraphLibrary> | null = null;

/**
 * Loads the Graph client library, once; a failed load (a dropped connection) is tried again at
 * the next call. Start-up calls it early so the library arrives while the host is detected and
 * sign-in runs, not after.
 */
export function loadGraphLibrary(): Promise<GraphLibrary> {
  library ??= import(/* webpackChunkName: "graph-client" */ '@microsoft/microsoft-graph-client').catch(
    (error: unknown) => {
      library = null;
      throw error;
    },
  );
  return library;
}

/**
 * Adds the bearer token, but only for Graph hosts: a nextLink pointing elsewhere must not carry
 * it. The library's own handler only recognises https custom hosts, so the local emulator over
 * http would lose its token there.
 */
class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    const trusted = GRAPH_HOSTS.includes(url.hostname) || context.customHosts?.has(url.hostname) === true;
    const headers = new Headers(context.options?.headers);
    if (trusted) headers.set('Authorization', `Bearer ${await this.tokenOrThrow()}`);
    else headers.delete('Authorization');
    context.options = { ...context.options, headers };
    if (!this.next) throw new Error('BearerTokenHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private async tokenOrThrow(): Promise<string> {
    try {
      return await this.getToken();
    } catch (cause) {
      // The sign-in's own explanation (what to do in this host) travels with the failure.
      const why = cause instanceof Error && cause.message ? cause.message : NO_TOKEN;
      const error = new Error(why, { cause });
      error.name = TOKEN_UNAVAILABLE;
      throw error;
    }
  }
}

/**
 * A 429 or 503 means the request was not processed, so any request may be sent again. A 504
 * means the gateway gave up waiting, perhaps after the work was done: resending a POST could
 * create an item twice, so that failure is left to the duplicate-safe create instead.
 */
const shouldRetry: ShouldRetry = (_delay, _attempt, request, options, response) => {
  const method = (typeof request === 'string' ? options?.method : request.method) ?? 'GET';
  return !(response.status === 504 && method.toUpperCase() === 'POST');
};

/** Splits `https://host/prefix/v1.0` into the library's `baseUrl` and `defaultVersion`. */
export function splitGraphBaseUrl(graphBaseUrl: string): { baseUrl: string; version: string } {
  const trimmed = graphBaseUrl.replace(/\/+$/, '');
  const match = /^(.*)\/(v\d+\.\d+|beta)$/.exec(trimmed);
  return match ? { baseUrl: match[1] ?? trimmed, version: match[2] ?? 'v1.0' } : { baseUrl: trimmed, version: 'v1.0' };
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const retry: RetrySettings = { ...DEFAULT_RETRY, ...options.retry };
  const { baseUrl, version } = splitGraphBaseUrl(options.graphBaseUrl);
  const send: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let client: Client | null = null;
  const made = async (): Promise<Client> => {
    const { Client, RetryHandler, RetryHandlerOptions } = await loadGraphLibrary();
    client ??= Client.initWithMiddleware({
      baseUrl,
      defaultVersion: version,
      customHosts: new Set([new URL(baseUrl).hostname]),
      middleware: [
        new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries, shouldRetry)),
        new BearerTokenHandler(options.getToken),
        new FetchMessageHandler(send),
      ],
    });
    return client;
  };
  return { client: made, version, retry };
}
