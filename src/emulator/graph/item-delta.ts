import { EMULATOR_SITE_ID } from '../emulator-site';
import { badRequest, GraphError } from '../http/graph-error';
import { changesAfter, listSeqOf, type ChangeEntry } from '../model/change-log';
import type { ListRecord } from '../model/list-model';
import { listItemView } from '../model/list-item-view';
import { parseTop, queryOption } from '../odata/query-options';
import { canViewItem } from '../security/visibility';
import type { DeltaPosition } from './delta-token';
import { accessFor, visibleList } from './graph-access';
import { json, type GraphRequest, type RouteContext, type RouteHandler } from './graph-request';
import { fieldsSelection } from './item-expand';
import { ITEMS_PAGE_SIZE } from './item-query';

/** listItem delta takes `$select`, `$expand` and `$top` only (learn.microsoft.com/graph/api/listitem-delta). */
const UNSUPPORTED = ['filter', 'orderby', 'search', 'skip', 'skiptoken', 'deltatoken', 'count'];

/**
 * `GET …/items/delta` (learn.microsoft.com/graph/api/listitem-delta). Without a token: every item
 * the caller can view, a page at a time; the last page's deltaLink carries a token, and following
 * it returns what changed since, each item once in its latest state, deletions with the `deleted`
 * facet. `token=latest` returns no items, only a deltaLink for now.
 *
 * What the caller cannot view is absent, as from `…/items`: an item they lost access to is not
 * reported at all, neither its content nor as deleted, since delta is scoped to the caller
 * (techcommunity.microsoft.com/t5/microsoft-sharepoint-blog/how-to-retrieve-complete-set-of-
 * permission-changes-while/ba-p/1741127); a client learns of lost access from a full read, not
 * from delta. Deletions go to everyone who can see the list, as the item's permissions are gone
 * with it; they say no more than an id.
 */
export const itemDelta: RouteHandler = (context) => {
  const { request, services } = context;
  const access = accessFor(context);
  const list = visibleList(context, access);
  refuseUnsupportedOptions(request.query);
  const fields = fieldsSelection(request.query);
  const top = parseTop(request.query, ITEMS_PAGE_SIZE);
  const start = startingPosition(context, list);
  const page: ChangeEntry[] = [];
  let cursor = start.cursor;
  let more = false;
  for (const entry of changesAfter(list, start.cursor, start.floor)) {
    if (entry.item && !canViewItem(access, list, entry.id)) continue;
    if (page.length === top) {
      more = true;
      break;
    }
    page.push(entry);
    cursor = { seq: entry.seq, id: entry.id };
  }
  const next: DeltaPosition = more
    ? { ...start, cursor }
    : { listId: list.id, cursor: { seq: listSeqOf(list) }, floor: 0 };
  return json(200, {
    value: page.map((e) => (e.item ? listItemView(list, e.item, { fields }) : deletedView(list, e.id))),
    [more ? '@odata.nextLink' : '@odata.deltaLink']: deltaUrl(request, services.deltaTokens.issue(next)),
  });
};

/** Where this request starts reading the list's change log. */
function startingPosition(context: RouteContext, list: ListRecord): DeltaPosition {
  const token = context.request.query.get('token');
  const now = listSeqOf(list);
  if (token === null) return { listId: list.id, cursor: { seq: -1 }, floor: now };
  if (token === 'latest') return { listId: list.id, cursor: { seq: now }, floor: 0 };
  const position = context.services.deltaTokens.open(token, list.id);
  if (!position || position.cursor.seq > now) throw resyncRequired(context.request);
  return position;
}

/**
 * A token the emulator cannot answer (expired, from another list or an earlier site, or not one
 * it issued) gets 410 Gone with a Location that starts a fresh enumeration. Of the two codes Graph
 * documents, this is the one for a server that knows every change the client made.
 */
function resyncRequired(request: GraphRequest): GraphError {
  return new GraphError(
    410,
    'resyncChangesApplyDifferences',
    'The delta token is expired or not recognised. Enumerate again from the Location header, then replace local items with the versions from the server.',
    { Location: deltaUrl(request, null) },
  );
}

/** A deletion as listItem delta reports it: the id and the `deleted` facet (the docs' example 2). */
function deletedView(list: ListRecord, id: number) {
  return {
    id: String(id),
    parentReference: { id: list.id, siteId: EMULATOR_SITE_ID },
    deleted: { state: 'deleted' },
  };
}

/** This request's URL with the given token (or none), keeping `$expand`, `$select` and `$top`. */
function deltaUrl(request: GraphRequest, token: string | null): string {
  const parts: string[] = [];
  request.query.forEach((value, key) => {
    if (key !== 'token') parts.push(`${key}=${encodeURIComponent(value)}`);
  });
  if (token !== null) parts.push(`token=${token}`);
  return `${request.baseUrl}${request.path}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

function refuseUnsupportedOptions(query: URLSearchParams): void {
  const option = UNSUPPORTED.find((name) => queryOption(query, name) !== undefined);
  if (option !== undefined) {
    throw badRequest(`$${option} is not supported on delta; listItem delta takes $select, $expand and $top.`);
  }
}
