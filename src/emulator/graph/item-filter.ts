import { badRequest } from '../http/graph-error';
import { parseDateTime } from '../model/date-time-value';
import type { ColumnRecord, ItemRecord, ListRecord } from '../model/list-model';
import { filterProperties, parseFilter, type FilterExpression, type Literal } from '../odata/filter-parser';
import { queryOption } from '../odata/query-options';
import type { GraphRequest } from './graph-request';

const ALLOW_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

/** Whether the client accepts queries on columns that are not indexed (`Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`). */
export const allowsNonIndexed = (request: GraphRequest): boolean =>
  (request.headers['prefer'] ?? '').toLowerCase().includes(ALLOW_NON_INDEXED);

/** SharePoint indexes an item's ID itself; other columns only when asked. */
export const isIdColumn = (name: string): boolean => name === 'id' || name === 'ID';

/**
 * The column a filter or `$orderby` names, refused as Graph refuses it: unknown, or not indexed
 * while the client has not accepted the risk.
 */
export function queryableColumn(list: ListRecord, name: string, allowAny: boolean): ColumnRecord | null {
  if (isIdColumn(name)) return null;
  const column = list.columns.find((c) => c.name === name);
  if (!column) throw badRequest(`Field '${name}' does not exist in list '${list.displayName}'.`);
  if (!column.indexed && !allowAny) {
    throw badRequest(
      `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  return column;
}

/**
 * Parses `$filter` on list items; SharePoint refuses non-indexed columns unless the client
 * accepts the risk. Date and time literals are compared as instants, whatever ISO 8601 form
 * they are written in.
 */
export function itemFilter(list: ListRecord, request: GraphRequest): FilterExpression | null {
  const source = queryOption(request.query, 'filter');
  if (source === undefined) return null;
  const filter = parseFilter(source);
  const allowAny = allowsNonIndexed(request);
  for (const property of filterProperties(filter)) queryableColumn(list, columnNameOf(property), allowAny);
  return withInstants(filter, (property) => list.columns.find((c) => c.name === columnNameOf(property)));
}

export function columnNameOf(property: string): string {
  const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(property);
  if (!match?.[1]) throw badRequest(`Only fields/<column> can be used in a filter on list items, not '${property}'.`);
  return match[1];
}

/** Rewrites text compared with a dateTime column as the UTC instant to the second that SharePoint stores. */
function withInstants(
  expression: FilterExpression,
  columnOf: (property: string) => ColumnRecord | undefined,
): FilterExpression {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return {
        ...expression,
        left: withInstants(expression.left, columnOf),
        right: withInstants(expression.right, columnOf),
      };
    case 'startswith':
      return expression;
    case 'compare': {
      const { value } = expression;
      if (columnOf(expression.property)?.type !== 'dateTime' || typeof value !== 'string') return expression;
      const instant = parseDateTime(value);
      if (instant === null) throw badRequest(`'${value}' is not a valid DateTime value.`);
      return { ...expression, value: instant };
    }
  }
}

/**
 * An item's value for a filter property. SharePoint keeps Created and Modified to the second, so
 * they compare at that precision (the emulator's own times carry milliseconds to keep order).
 */
export function fieldOf(item: ItemRecord, property: string): Literal | undefined {
  const name = property.slice('fields/'.length);
  if (name === 'id' || name === 'ID') return item.id;
  if (name === 'Created') return toSecond(item.created);
  if (name === 'Modified') return toSecond(item.modified);
  return item.fields[name];
}

const toSecond = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');
