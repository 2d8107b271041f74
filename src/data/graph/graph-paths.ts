/** Builds the Graph paths (relative to the version root) the adapter calls. */

/** An OData string literal: single quotes, with a quote escaped by doubling it. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** `fields/A eq 'x' and fields/B eq 'y'`: the only filter shape SharePoint serves from indexes. */
export function fieldsEqual(conditions: Readonly<Record<string, string>>): string {
  return Object.entries(conditions)
    .map(([column, value]) => `fields/${column} eq ${odataString(value)}`)
    .join(' and ');
}

export const listsPath = (siteId: string): string => `/sites/${siteId}/lists`;

export const listPath = (siteId: string, listId: string): string => `${listsPath(siteId)}/${listId}`;

export const itemsPath = (siteId: string, listId: string): string => `${listPath(siteId, listId)}/items`;

export const itemPath = (siteId: string, listId: string, itemId: string): string =>
  `${itemsPath(siteId, listId)}/${itemId}`;

export interface ItemsQuery {
  /** Columns to return in `fields` (Title is always added). */
  readonly select: readonly string[];
  readonly filter?: string;
  readonly top: number;
}

export function itemsQueryPath(siteId: string, listId: string, query: ItemsQuery): string {
  const select = ['Title', ...query.select.filter((c) => c !== 'Title')].join(',');
  const parts = [`expand=fields(select=${select})`];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  parts.push(`$top=${query.top}`);
  return `${itemsPath(siteId, listId)}?${parts.join('&')}`;
}

export function itemQueryPath(siteId: string, listId: string, itemId: string, select: readonly string[]): string {
  return `${itemPath(siteId, listId, itemId)}?expand=fields(select=${['Title', ...select].join(',')})`;
}
