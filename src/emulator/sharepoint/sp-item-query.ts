import type { ItemRecord, ListRecord } from '../model/list-model';
import { matchesFilter } from '../odata/filter-eval';
import { filterProperties, parseFilter, type FilterExpression, type Literal } from '../odata/filter-parser';
import { MAX_TOP } from '../odata/query-options';
import { canViewItem, itemSecurable } from '../security/visibility';
import { scopeKeyOf } from '../security/securable';
import { spBadRequest, type SpRequest } from './sp-request';
import { visibleListByTitle } from './sp-targets';

/** SharePoint REST's page size when no `$top` is given. */
const DEFAULT_TOP = 100;
const ID_NAMES = ['Id', 'ID'];

function parseTop(query: URLSearchParams): number {
  const raw = query.get('$top');
  if (raw === null) return DEFAULT_TOP;
  const top = Number(raw);
  if (!/^\d+$/.test(raw) || top < 1 || top > MAX_TOP) throw spBadRequest(`Invalid $top value '${raw}'.`);
  return top;
}

/** SharePoint's own skiptoken, `Paged=TRUE&p_ID=<last id>`: the page starts after that item. */
function afterId(query: URLSearchParams): number {
  const token = query.get('$skiptoken');
  if (token === null) return 0;
  const match = /(?:^|&)p_ID=(\d+)(?:&|$)/.exec(token);
  if (!match?.[1]) throw spBadRequest('The $skiptoken is not valid.');
  return Number(match[1]);
}

function itemFilter(list: ListRecord, query: URLSearchParams): FilterExpression | null {
  const source = query.get('$filter');
  if (source === null || source.trim() === '') return null;
  const filter = parseFilter(source);
  const unknown = filterProperties(filter).find(
    (p) => !ID_NAMES.includes(p) && !list.columns.some((c) => c.name === p),
  );
  if (unknown) throw spBadRequest(`Column '${unknown}' does not exist. It may have been deleted by another user.`);
  return filter;
}

const valueOf = (item: ItemRecord, name: string): Literal | undefined =>
  ID_NAMES.includes(name) ? item.id : item.fields[name];

function itemView(request: SpRequest, list: ListRecord, item: ItemRecord, select: readonly string[] | null) {
  const unique = request.services.site.state.security.scopes.has(scopeKeyOf(itemSecurable(list, item.id)));
  const all: Record<string, unknown> = { Id: item.id, ID: item.id, HasUniqueRoleAssignments: unique, ...item.fields };
  if (select === null) return all;
  return Object.fromEntries(select.map((name) => [name, all[name] ?? null]));
}

function nextLink(request: SpRequest, lastId: number): string {
  const parts: string[] = [];
  request.query.forEach((value, key) => {
    if (key !== '$skiptoken') parts.push(`${key}=${encodeURIComponent(value)}`);
  });
  parts.push(`$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${lastId}`)}`);
  return `${request.siteUrl}/_api/web${request.path.split('/').map(encodeURIComponent).join('/')}?${parts.join('&')}`;
}

/**
 * `GET lists/getbytitle('…')/items?$select=Id,HasUniqueRoleAssignments&$filter=PlanId eq '…'`:
 * the items the caller can view, in id order, `$top` at a time with an `odata.nextLink`.
 */
export function queryListItems(request: SpRequest, title: string) {
  const list = visibleListByTitle(request, title);
  const select =
    request.query
      .get('$select')
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '') ?? null;
  const filter = itemFilter(list, request.query);
  const top = parseTop(request.query);
  const after = afterId(request.query);
  const page: ItemRecord[] = [];
  let more = false;
  for (const item of list.items.values()) {
    if (item.id <= after || (filter && !matchesFilter(filter, (p) => valueOf(item, p)))) continue;
    if (!canViewItem(request.access, list, item.id)) continue;
    if (page.length === top) {
      more = true;
      break;
    }
    page.push(item);
  }
  const last = page[page.length - 1];
  return {
    value: page.map((item) => itemView(request, list, item, select)),
    ...(more && last && { 'odata.nextLink': nextLink(request, last.id) }),
  };
}
