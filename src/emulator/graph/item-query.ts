import { badRequest } from '../http/graph-error';
import type { ItemRecord } from '../model/list-model';
import { listItemView } from '../model/list-item-view';
import { canViewItem } from '../security/visibility';
import { accessFor, visibleList } from './graph-access';
import { matchesFilter } from '../odata/filter-eval';
import type { Literal } from '../odata/filter-parser';
import { decodeSkipToken, encodeSkipToken, parseTop, queryOption } from '../odata/query-options';
import { fieldsSelection } from './item-expand';
import { fieldOf, itemFilter } from './item-filter';
import { comparePositions, itemOrder, sortValuesOf, type OrderKey } from './item-order';
import { json, type GraphRequest, type RouteHandler } from './graph-request';
import { indexedCandidates } from './column-index';
import { checkListViewThreshold, firstCondition } from './list-view-threshold';

/** Items in a page when the client sends no `$top`; delta pages the same way. */
export const ITEMS_PAGE_SIZE = 200;

interface Page {
  readonly items: ItemRecord[];
  /** The skiptoken of the page after this one, when there is one. */
  readonly nextToken: string | null;
}

/**
 * `GET …/items`: the items the caller can view, filtered, in ascending id order (or in the order
 * `$orderby` asks), a page at a time with `@odata.nextLink`; items they cannot view are absent, as
 * in SharePoint. On a list of more than 5,000 items the list view threshold applies.
 */
export const listItems: RouteHandler = (context) => {
  const { request } = context;
  const access = accessFor(context);
  const list = visibleList(context, access);
  const fields = fieldsSelection(request.query);
  const filter = itemFilter(list, request);
  const order = itemOrder(list, request);
  checkListViewThreshold(list, filter, order);
  const top = parseTop(request.query, ITEMS_PAGE_SIZE);
  const shows = (item: ItemRecord) =>
    (!filter || matchesFilter(filter, (p) => fieldOf(item, p))) && canViewItem(access, list, item.id);
  const candidates = (filter && indexedCandidates(list, firstCondition(filter))) ?? [...list.items.values()];
  const page =
    order.length === 0
      ? pageById(candidates, request, shows, top)
      : pageInOrder(candidates, request, order, shows, top);
  return json(200, {
    value: page.items.map((item) => listItemView(list, item, { fields })),
    ...(page.nextToken !== null && { '@odata.nextLink': nextLink(request, page.nextToken) }),
  });
};

/** `candidates` in ascending id order: every item, or those an index gave for the first condition. */
function pageById(
  candidates: readonly ItemRecord[],
  request: GraphRequest,
  shows: (item: ItemRecord) => boolean,
  top: number,
): Page {
  const afterId = decodeSkipToken(request.query);
  const items: ItemRecord[] = [];
  for (const item of candidates) {
    if (item.id <= afterId || !shows(item)) continue;
    if (items.length === top) return { items, nextToken: encodeSkipToken(items[items.length - 1]!.id) };
    items.push(item);
  }
  return { items, nextToken: null };
}

/** The sorted query from after the position the skiptoken names (the last item's sort values and id). */
function pageInOrder(
  candidates: readonly ItemRecord[],
  request: GraphRequest,
  order: readonly OrderKey[],
  shows: (item: ItemRecord) => boolean,
  top: number,
): Page {
  const after = orderedPosition(request.query);
  const matching = candidates
    .filter(shows)
    .map((item) => ({ item, position: sortValuesOf(item, order) }))
    .filter((entry) => after === null || comparePositions(entry.position, after, order) > 0)
    .sort((a, b) => comparePositions(a.position, b.position, order));
  const items = matching.slice(0, top);
  const last = matching[top - 1];
  return {
    items: items.map((entry) => entry.item),
    nextToken: matching.length > top && last ? encodeOrderedToken(last.position) : null,
  };
}

/** SharePoint's sorted paging token carries the last item's sort values beside its id. */
function encodeOrderedToken(position: readonly Literal[]): string {
  const id = position[position.length - 1];
  return Buffer.from(
    `Paged=TRUE&p_ID=${String(id)}&p_SortValues=${encodeURIComponent(JSON.stringify(position))}`,
  ).toString('base64');
}

function orderedPosition(query: URLSearchParams): Literal[] | null {
  const token = queryOption(query, 'skiptoken');
  if (token === undefined) return null;
  const values = new URLSearchParams(Buffer.from(token, 'base64').toString('utf8')).get('p_SortValues');
  try {
    const position: unknown = values === null ? null : JSON.parse(values);
    if (Array.isArray(position)) return position as Literal[];
  } catch {
    // reported below
  }
  throw badRequest('The $skiptoken is not valid.');
}

/** The same query from the given skiptoken, as an absolute URL. */
function nextLink(request: GraphRequest, token: string): string {
  const parts: string[] = [];
  request.query.forEach((value, key) => {
    if (key !== '$skiptoken' && key !== 'skiptoken') parts.push(`${key}=${encodeURIComponent(value)}`);
  });
  parts.push(`$skiptoken=${encodeURIComponent(token)}`);
  return `${request.baseUrl}${request.path}?${parts.join('&')}`;
}
