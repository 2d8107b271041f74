import { accessDenied, errorBody, GraphError } from '../http/graph-error';
import { accessOf } from '../security/caller-access';
import { runBatch } from './batch';
import type { GraphRequest, GraphResponse, GraphServices } from './graph-request';
import { matchRoute } from './graph-routes';

/** The failure injected into the next operation, if any. */
export type FailureSource = () => GraphError | null;

/**
 * Runs one Graph request to its response; Graph errors become their wire form, bugs still throw.
 * Injected failures hit operations, not envelopes: Graph throttles a batch's parts one by one
 * inside a 200, so that is what a client's retries must cope with.
 */
export function dispatchGraph(
  services: GraphServices,
  request: GraphRequest,
  takeFailure: FailureSource,
): GraphResponse {
  try {
    if (request.path === '/$batch') {
      if (request.method !== 'POST') throw new GraphError(405, 'BadRequest', '$batch takes POST.');
      return runBatch(request, (sub) => dispatchGraph(services, sub, takeFailure));
    }
    const injected = takeFailure();
    if (injected) return errorResponse(injected);
    const { handler, params, inSite } = matchRoute(request.method, request.path);
    if (inSite) requireSiteAccess(services, request);
    return handler({ request, params, services });
  } catch (e) {
    if (e instanceof GraphError) return errorResponse(e);
    throw e;
  }
}

export function errorResponse(e: GraphError): GraphResponse {
  return { status: e.status, headers: e.headers, body: errorBody(e.code, e.message) };
}

/** Someone who holds nothing on the site (not even Limited Access) is refused all of it. */
function requireSiteAccess(services: GraphServices, request: GraphRequest): void {
  if (!accessOf(services.site.state.security, request.caller.id).hasAnyAccess()) throw accessDenied();
}
