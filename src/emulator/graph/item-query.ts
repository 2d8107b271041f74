import { badRequest } from '../http/graph-error';
import type { ItemRecord, ListRecord } from '../model/list-model';
import { listItemView } from '../model/list-item-view';
import { canViewItem } from '../security/visibility';
import { accessFor, visibleList } from './graph-access';
import { matchesFilter } from '../odata/filter-eval';
import { filterProperties, parseFilter, type FilterExpression, type Literal } from '../odata/filter-parser';
import { decodeSkipToken, encodeSkipToken, parseTop, queryOption } from '../odata/query-options';
import { fieldsSelection } from './item-expand';
import { json, type GraphRequest, type RouteHandler } from './graph-request';

const DEFAULT_TOP = 200;
const ALLOW_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

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
  const top = parseTop(request.query, DEFAULT_TOP);
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

/** Parses `$filter`; SharePoint refuses non-indexed columns unless the client accepts the risk. */
function itemFilter(list: ListRecord, request: GraphRequest): FilterExpression | null {
  const source = queryOption(request.query, 'filter');
  if (source === undefined) return null;
  const filter = parseFilter(source);
  const allowAny = (request.headers['prefer'] ?? '').toLowerCase().includes(ALLOW_NON_INDEXED);
  for (const property of filterProperties(filter)) {
    const name = columnNameOf(property);
    if (name === 'id' || name === 'ID') continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw badRequest(`Field '${name}' does not exist in list '${list.displayName}'.`);
    if (!column.indexed && !allowAny) {
      throw badRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
  return filter;
}

function columnNameOf(property: string): string {
  const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(property);
  if (!match?.[1]) throw badRequest(`Only fields/<column> can be used in a filter on list items, not '${property}'.`);
  return match[1];
}

function fieldOf(item: ItemRecord, property: string): Literal | undefined {
  const name = property.slice('fields/'.length);
  if (name === 'id' || name === 'ID') return item.id;
  if (name === 'Created') return item.created;
  if (name === 'Modified') return item.modified;
  return item.fields[name];
}

/** The same query from the item after `lastId`, as an absolute URL. */
function nextLink(request: GraphRequest, lastId: number): string {
  const parts: string[] = [];
  request.query.forEach((value, key) => {
    if (key !== '$skiptoken' && key !== 'skiptoken') parts.push(`${key}=${encodeURIComponent(value)}`);
  });
  parts.push(`$skiptoken=${encodeURIComponent(encodeSkipToken(lastId))}`);
  return `${request.baseUrl}${request.path}?${parts.join('&')}`;
}
