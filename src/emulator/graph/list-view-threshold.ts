import { GraphError } from '../http/graph-error';
import type { ListRecord } from '../model/list-model';
import { matchesFilter } from '../odata/filter-eval';
import { filterProperties, type FilterExpression } from '../odata/filter-parser';
import { indexedCandidates } from './column-index';
import { columnNameOf, fieldOf, isIdColumn } from './item-filter';
import type { OrderKey } from './item-order';

/**
 * SharePoint Online's list view threshold: a query may not make the database look at more than
 * 5,000 items of a list, and it cannot be raised online (Microsoft 365 community docs, "Living
 * Large with Large Lists and Large Libraries", learn.microsoft.com/microsoft-365/community/
 * large-lists-large-libraries-in-sharepoint).
 */
export const LIST_VIEW_THRESHOLD = 5000;

/**
 * What Graph answers a list item query that exceeds the threshold. Reports differ over the years
 * (SharePoint REST's 500 SPQueryThrottledException "The attempted operation is prohibited because
 * it exceeds the list view threshold", Graph's 429 in microsoftgraph/msgraph-sdk-dotnet#827); the
 * emulator gives the newest documented Graph form (UiPath's "Working with SharePoint lists", 2023:
 * `notSupported`, "The request is unprocessable because it uses too many resources"). It is not a
 * throttle: asking again gives the same answer, so no Retry-After.
 */
export const exceedsThreshold = (): GraphError =>
  new GraphError(
    400,
    'notSupported',
    'The request is unprocessable because it uses too many resources. The attempted operation is prohibited because it exceeds the list view threshold.',
  );

/** The first condition of an `and` chain: SharePoint evaluates a filter left to right and starts from it. */
export function firstCondition(filter: FilterExpression): FilterExpression {
  return filter.kind === 'and' ? firstCondition(filter.left) : filter;
}

const isIndexed = (list: ListRecord, property: string): boolean => {
  const name = columnNameOf(property);
  return isIdColumn(name) || list.columns.some((c) => c.name === name && c.indexed);
};

/**
 * Refuses a query as SharePoint does on a list of more than 5,000 items, and nothing else:
 * - a filter must start with a condition on indexed columns that selects at most 5,000 items of
 *   the list (every item counts, whoever may read it); what follows it only narrows that set, so
 *   it may name any column the request may name. "Filter on an indexed column first, and that
 *   filter returns no more than 5000" (the community docs above); "they're evaluated left to
 *   right" (PnP, "Dealing with the 5k item limit in SharePoint APIs", pnp.github.io/blog/post/
 *   listview-threashold-apis);
 * - `$orderby` may name only indexed columns ("unindexed columns used in filters or sorts force
 *   full table scans");
 * - with no filter, items are read in id order a page at a time, which the ID index serves.
 * `$top` is capped at 5,000 on every list (query-options.ts).
 */
export function checkListViewThreshold(
  list: ListRecord,
  filter: FilterExpression | null,
  order: readonly OrderKey[],
): void {
  if (list.items.size <= LIST_VIEW_THRESHOLD) return;
  if (order.some((key) => !isIndexed(list, key.property))) throw exceedsThreshold();
  if (!filter) return;
  const first = firstCondition(filter);
  if (!filterProperties(first).every((property) => isIndexed(list, property))) throw exceedsThreshold();
  const fromIndex = indexedCandidates(list, first);
  if (fromIndex) {
    if (fromIndex.length > LIST_VIEW_THRESHOLD) throw exceedsThreshold();
    return;
  }
  let selected = 0;
  for (const item of list.items.values()) {
    if (!matchesFilter(first, (property) => fieldOf(item, property))) continue;
    selected += 1;
    if (selected > LIST_VIEW_THRESHOLD) throw exceedsThreshold();
  }
}
