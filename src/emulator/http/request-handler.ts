import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth/demo-token';
import type { EmulatorCore } from '../emulator-core';
import { EMULATOR_SITE_PATH } from '../emulator-site';
import { dispatchGraph, errorResponse } from '../graph/dispatch-graph';
import { handleDriveHttp, isDriveHttpPath, readGraphBody } from '../graph/drive-http';
import type { GraphResponse } from '../graph/graph-request';
import { handleSpRest, isSpRestPath } from '../sharepoint/sp-rest-http';
import { handleControl } from './control-routes';
import { errorBody, GraphError } from './graph-error';
import { headerMap, sendJson, sleep } from './http-io';

export type EmulatorRequestHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export interface RequestHandlerOptions {
  /** Where the emulator is mounted, e.g. `/graph`; '' at the root. */
  readonly basePath: string;
  /**
   * Internal callers (the seeder) skip the reset gate and injected faults: they run inside
   * the exclusive task that the gate is holding clients back for.
   */
  readonly internal: boolean;
  readonly reset: () => Promise<void>;
  /** This run's secret for the control endpoints. */
  readonly controlSecret: string;
}

/** The Node request handler: `/_emulator/*` control endpoints and the `/v1.0/*` Graph subset. */
export function createRequestHandler(core: EmulatorCore, options: RequestHandlerOptions): EmulatorRequestHandler {
  const basePath = options.basePath.replace(/\/+$/, '');
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : null;
    const isOurs =
      path !== null &&
      (path.startsWith('/_emulator/') || path === '/v1.0' || path.startsWith('/v1.0/') || isDriveHttpPath(path));
    if (!isOurs) {
      if (next) next();
      else sendJson(res, 404, errorBody('NotFound', 'Not an emulator path: use /v1.0/… or /_emulator/….'));
      return;
    }
    // Same origin only: no CORS headers are sent, so a preflight from another origin is refused by the browser.
    const work =
      req.method === 'OPTIONS'
        ? Promise.resolve(sendJson(res, 204, undefined))
        : path.startsWith('/_emulator/')
          ? handleControl(core, { reset: options.reset, secret: options.controlSecret }, req, res, path)
          : isSpRestPath(path)
            ? handleSpRest(core, req, res, {
                path,
                query: url.searchParams,
                siteUrl: `${originOf(req)}${basePath}${EMULATOR_SITE_PATH}`,
                internal: options.internal,
              })
            : isDriveHttpPath(path)
              ? handleDriveHttp(core, req, res, {
                  path,
                  graphBaseUrl: `${originOf(req)}${basePath}/v1.0`,
                  internal: options.internal,
                })
              : handleGraph(core, options, req, res, url, basePath);
    work.catch((e: unknown) => failed(core, res, e));
  };
}

async function handleGraph(
  core: EmulatorCore,
  options: RequestHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  basePath: string,
): Promise<void> {
  const response = await graphResponse(core, options, req, url, basePath);
  if (!options.internal && core.faults.takeDrop()) {
    req.socket.destroy();
    return;
  }
  sendJson(res, response.status, response.body, response.headers);
}

async function graphResponse(
  core: EmulatorCore,
  options: RequestHandlerOptions,
  req: IncomingMessage,
  url: URL,
  basePath: string,
): Promise<GraphResponse> {
  try {
    const graphPath = url.pathname.slice(basePath.length + '/v1.0'.length);
    // Who is calling is settled before a byte of the body is read: a stranger's upload is not taken in.
    const headers = headerMap(req);
    const caller = authenticate(headers['authorization']);
    if (caller instanceof GraphError) return closingIfBodyUnread(req, errorResponse(caller));
    const body = await readGraphBody(req, graphPath);
    if (!options.internal) {
      await core.idle();
      await sleep(core.faults.latencyFor(requestedLatency(url)));
    }
    const request = {
      method: req.method ?? 'GET',
      path: graphPath,
      query: url.searchParams,
      headers,
      body,
      caller,
      baseUrl: `${originOf(req)}${basePath}/v1.0`,
    };
    return dispatchGraph(core.services, request, options.internal ? () => null : () => core.faults.takeFailure());
  } catch (e) {
    if (e instanceof GraphError) return closingIfBodyUnread(req, errorResponse(e));
    throw e;
  }
}

/**
 * A response sent before the request's body was read (a refused sign-in, a body over the limit)
 * closes the connection: the client then sends its next request on a fresh one instead of on a
 * socket that still holds the rest of the refused body.
 */
function closingIfBodyUnread(req: IncomingMessage, response: GraphResponse): GraphResponse {
  if (req.complete) return response;
  return { ...response, headers: { ...response.headers, Connection: 'close' } };
}

/** `?latency=<ms>` on any request slows just that request. */
function requestedLatency(url: URL): number | undefined {
  const raw = url.searchParams.get('latency');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function originOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-proto'];
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const protocol = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : encrypted ? 'https' : 'http';
  return `${protocol ?? 'http'}://${req.headers.host ?? 'localhost'}`;
}

function failed(core: EmulatorCore, res: ServerResponse, e: unknown): void {
  core.log(`Emulator error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  if (res.headersSent) res.destroy();
  else sendJson(res, 500, errorBody('generalException', 'The emulator failed to handle the request; see its log.'));
}
