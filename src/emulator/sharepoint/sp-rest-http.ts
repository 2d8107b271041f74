import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth/demo-token';
import type { EmulatorCore } from '../emulator-core';
import { EMULATOR_SITE_PATH } from '../emulator-site';
import { GraphError } from '../http/graph-error';
import { headerMap, readJsonBody, sendJson } from '../http/http-io';
import { accessOf } from '../security/caller-access';
import { spAccessDenied, spBadRequest, spErrorBody, type SpRequest } from './sp-request';
import { SP_ROUTES } from './sp-routes';

const API_WEB = `${EMULATOR_SITE_PATH}/_api/web`.toLowerCase();

/** SharePoint REST under the site's path (`/sites/jtai-partnership/_api/web/…`). */
export const isSpRestPath = (path: string): boolean => {
  const lower = path.toLowerCase();
  return lower === API_WEB || lower.startsWith(`${API_WEB}/`);
};

function dispatch(request: SpRequest): { status: number; body: unknown } {
  for (const route of SP_ROUTES) {
    const match = route.pattern.exec(request.path);
    if (!match) continue;
    const handler = route.methods[request.method];
    if (!handler)
      throw new GraphError(405, '-1, System.NotSupportedException', `${request.method} is not supported here.`);
    return { status: route.creates && request.method === 'POST' ? 201 : 200, body: handler(request, match) };
  }
  throw spBadRequest(`The emulator does not serve the SharePoint REST path /_api/web${request.path}.`);
}

export interface SpRestTarget {
  /** The path below the emulator's base path. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** The site's absolute URL as this client reaches it. */
  readonly siteUrl: string;
  /** From the emulator's own seeding endpoint, which runs while the site is held for it. */
  readonly internal?: boolean;
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path.slice(API_WEB.length));
  } catch {
    throw spBadRequest('The request path is not valid.');
  }
}

/**
 * Answers one SharePoint REST call in `odata=nometadata` JSON, errors as `odata.error`. Someone
 * who holds nothing on the site (not even Limited Access) is refused everything, as SharePoint does.
 */
export async function handleSpRest(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  target: SpRestTarget,
) {
  try {
    // Who is calling is settled before the body is read.
    const caller = authenticate(headerMap(req)['authorization']);
    if (caller instanceof GraphError) throw caller;
    const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
    // The seed's own requests run while the site is held for it; waiting for it to be free would never end.
    if (!target.internal) await core.idle();
    const access = accessOf(core.services.site.state.security, caller.id);
    if (!access.hasAnyAccess()) throw spAccessDenied();
    const { status, body: reply } = dispatch({
      method: req.method ?? 'GET',
      path: decodedPath(target.path),
      query: target.query,
      body,
      caller,
      access,
      services: core.services,
      siteUrl: target.siteUrl,
    });
    sendJson(res, status, reply);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    sendJson(res, e.status, spErrorBody(e.code, e.message), e.headers);
  }
}
