import { badRequest, GraphError } from '../http/graph-error';
import { sendActivityNotification } from './activity-routes';
import { createColumn, getColumn, listColumns, updateColumn } from './column-routes';
import { getMe, getUser, listUsers } from './directory-routes';
import { matchDriveRoute } from './drive-routes';
import type { RouteHandler } from './graph-request';
import { itemDelta } from './item-delta';
import { listItems } from './item-query';
import { createItem, deleteItem, getItem, getItemFields, updateItemFields } from './item-routes';
import { getItemVersion, listItemVersions } from './item-version-routes';
import { createList, getList, listLists } from './list-routes';
import { checkSite, getSite, matchSiteLookup } from './site-routes';

interface Route {
  readonly pattern: readonly string[];
  readonly methods: Readonly<Record<string, RouteHandler>>;
}

const route = (pattern: string, methods: Record<string, RouteHandler>): Route => ({
  pattern: pattern.split('/'),
  methods,
});

/** The Graph subset the emulator serves (see the wire contract in the architecture notes). */
const ROUTES: readonly Route[] = [
  route('me', { GET: getMe }),
  route('users', { GET: listUsers }),
  route('users/:userId', { GET: getUser }),
  route('users/:userId/teamwork/sendActivityNotification', { POST: sendActivityNotification }),
  route('sites/:siteId', { GET: getSite }),
  route('sites/:siteId/lists', { GET: listLists, POST: createList }),
  route('sites/:siteId/lists/:listId', { GET: getList }),
  route('sites/:siteId/lists/:listId/columns', { GET: listColumns, POST: createColumn }),
  route('sites/:siteId/lists/:listId/columns/:columnId', { GET: getColumn, PATCH: updateColumn }),
  route('sites/:siteId/lists/:listId/items', { GET: listItems, POST: createItem }),
  // `delta` is short for the function `microsoft.graph.delta()`; SDKs send the full form.
  ...['delta', 'delta()', 'microsoft.graph.delta', 'microsoft.graph.delta()'].map((name) =>
    route(`sites/:siteId/lists/:listId/items/${name}`, { GET: itemDelta }),
  ),
  route('sites/:siteId/lists/:listId/items/:itemId', { GET: getItem, DELETE: deleteItem }),
  route('sites/:siteId/lists/:listId/items/:itemId/fields', { GET: getItemFields, PATCH: updateItemFields }),
  route('sites/:siteId/lists/:listId/items/:itemId/versions', { GET: listItemVersions }),
  route('sites/:siteId/lists/:listId/items/:itemId/versions/:versionId', { GET: getItemVersion }),
];

export interface MatchedRoute {
  readonly handler: RouteHandler;
  readonly params: Record<string, string>;
  /** Addresses the site (or something in it), so the caller needs some access to the site. */
  readonly inSite: boolean;
}

/** Finds the handler for a `/v1.0` path, with its decoded path parameters. */
export function matchRoute(method: string, path: string): MatchedRoute {
  const drive = matchDriveRoute(method, path);
  if (drive) return { ...drive, inSite: true };
  const lookup = matchSiteLookup(method, path);
  if (lookup) return { handler: lookup.handler, params: {}, inSite: true };
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeSegment);
  for (const candidate of ROUTES) {
    const params = matchPattern(candidate.pattern, segments);
    if (!params) continue;
    const handler = candidate.methods[method];
    if (!handler) throw new GraphError(405, 'BadRequest', `Method ${method} is not supported on this resource.`);
    if (params['siteId'] !== undefined) checkSite(params['siteId']);
    return { handler, params, inSite: params['siteId'] !== undefined };
  }
  throw new GraphError(
    400,
    'BadRequest',
    `Resource not found for the segment '${segments[segments.length - 1] ?? ''}'.`,
  );
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment '${segment}' is not valid.`);
  }
}
