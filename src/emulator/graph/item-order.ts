import { badRequest } from '../http/graph-error';
import type { ItemRecord, ListRecord } from '../model/list-model';
import type { Literal } from '../odata/filter-parser';
import { queryOption } from '../odata/query-options';
import { allowsNonIndexed, columnNameOf, fieldOf, queryableColumn } from './item-filter';
import type { GraphRequest } from './graph-request';

/** One key of `$orderby`: a `fields/<column>` and its direction. */
export interface OrderKey {
  readonly property: string;
  readonly descending: boolean;
}

/**
 * Parses `$orderby` on list items (`fields/<column> [asc|desc]`, comma-separated). Graph refuses
 * ordering on a column that is not indexed, with the same message as a filter, unless the client
 * sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */
export function itemOrder(list: ListRecord, request: GraphRequest): OrderKey[] {
  const source = queryOption(request.query, 'orderby');
  if (source === undefined || source.trim() === '') return [];
  const allowAny = allowsNonIndexed(request);
  return source.split(',').map((part) => {
    const match = /^\s*(\S+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match?.[1]) throw badRequest(`Invalid $orderby clause: '${part}'.`);
    queryableColumn(list, columnNameOf(match[1]), allowAny);
    return { property: match[1], descending: match[2]?.toLowerCase() === 'desc' };
  });
}

/** The values an item sorts by, then its id, which breaks ties as SharePoint's paging does. */
export const sortValuesOf = (item: ItemRecord, keys: readonly OrderKey[]): Literal[] => [
  ...keys.map((key) => fieldOf(item, key.property) ?? null),
  item.id,
];

/** Empty values first in ascending order, as SharePoint sorts them. */
function compareValues(a: Literal, b: Literal): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two positions (sort values then id) in the order the keys ask for. */
export function comparePositions(a: readonly Literal[], b: readonly Literal[], keys: readonly OrderKey[]): number {
  for (const [index, key] of keys.entries()) {
    const order = compareValues(a[index] ?? null, b[index] ?? null);
    if (order !== 0) return key.descending ? -order : order;
  }
  return compareValues(a[keys.length] ?? null, b[keys.length] ?? null);
}
