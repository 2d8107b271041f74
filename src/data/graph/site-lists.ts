import type { GraphApi } from './graph-api';
import { listsPath } from './graph-paths';
import { asRecord } from './list-item';
import { getAllPages } from './paging';

export interface SiteColumn {
  readonly id: string;
  readonly name: string;
  readonly indexed: boolean;
  readonly unique: boolean;
}

export interface SiteList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly SiteColumn[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function asSiteColumn(value: unknown): SiteColumn {
  const column = asRecord(value, 'a column');
  return {
    id: text(column.id),
    name: text(column.name),
    indexed: column.indexed === true,
    unique: column.enforceUniqueValues === true,
  };
}

export function asSiteList(value: unknown): SiteList {
  const list = asRecord(value, 'a list');
  const columns = Array.isArray(list.columns) ? list.columns.map(asSiteColumn) : [];
  return { id: text(list.id), displayName: text(list.displayName), columns };
}

/** Every list on the site with its columns, in one request for a site of ordinary size. */
export async function fetchSiteLists(api: GraphApi, siteId: string): Promise<SiteList[]> {
  const values = await getAllPages(api, `${listsPath(siteId)}?$expand=columns`);
  return values.map(asSiteList);
}
