import { badRequest } from '../http/graph-error';
import type { ItemRecord } from '../model/list-model';
import { listItemView } from '../model/list-item-view';
import { canViewItem } from '../security/visibility';
import { accessFor, visibleList } from './graph-access';
import { matchesFilter } from '../odata/filter-eval';
import { decodeSkipToken, encodeSkipToken, parseTop, queryOption } from '../odata/query-options';
import { fieldsSelection } from './item-expand';
import { fieldOf, itemFilter } from './item-filter';
import { json, type GraphRequest, type RouteHandler } from './graph-request';

/** Items in a page when the client sends no `$top`; delta pages the same way. */
export const ITEMS_PAGE_SIZE = 200;

/**
 * `GET …/items`: the items the caller can view, filtered, in ascending id order, a page at a
 * time with `@odata.nextLink`; items they cannot view are absent, as in SharePoint.
 */
export const listItems: RouteHandler = (context) => {
  const { request } = context;
  const access = accessFor(context);
  const list = visibleList(context, access);
  if (queryOption(request.query, 'orderby') !== undefined) {
    throw badRequest('$orderby is not supported by the emulator; items come in ascending id order.');
  }
  const fields = fieldsSelection(request.query);
  const filter = itemFilter(list, request);
  const top = parseTop(request.query, ITEMS_PAGE_SIZE);
  const afterId = decodeSkipToken(request.query);
  const page: ItemRecord[] = [];
  let more = false;
  for (const item of list.items.values()) {
    if (item.id <= afterId || (filter && !matchesFilter(filter, (p) => fieldOf(item, p)))) continue;
    if (!canViewItem(access, list, item.id)) continue;
    if (page.length === top) {
      more = true;
      break;
    }
    page.push(item);
  }
  const last = page[page.length - 1];
  return json(200, {
    value: page.map((item) => listItemView(list, item, { fields })),
    ...(more && last && { '@odata.nextLink': nextLink(request, last.id) }),
  });
};

/** The same query from the item after `lastId`, as an absolute URL. */
function nextLink(request: GraphRequest, lastId: number): string {
  const parts: string[] = [];
  request.query.forEach((value, key) => {
    if (key !== '$skiptoken' && key !== 'skiptoken') parts.push(`${key}=${encodeURIComponent(value)}`);
  });
  parts.push(`$skiptoken=${encodeURIComponent(encodeSkipToken(lastId))}`);
  return `${request.baseUrl}${request.path}?${parts.join('&')}`;
}
