import type { ColumnDefinition, List, Site } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './graph-api';
import { listsPath } from './graph-paths';
import { asReceived, type Received } from './graph-payloads';
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

/** A Graph `columnDefinition`, as much of it as the app compares. */
export function asSiteColumn(value: unknown): SiteColumn {
  const column = asReceived<ColumnDefinition>(value, 'a column');
  return {
    id: text(column.id),
    name: text(column.name),
    indexed: column.indexed === true,
    unique: column.enforceUniqueValues === true,
  };
}

/** A Graph `list` with its columns, when they were expanded. */
export function asSiteList(value: unknown): SiteList {
  const list = asReceived<List>(value, 'a list');
  const columns = Array.isArray(list.columns) ? list.columns.map(asSiteColumn) : [];
  return { id: text(list.id), displayName: text(list.displayName), columns };
}

/** Every list on the site with its columns, in one request for a site of ordinary size. */
export async function fetchSiteLists(api: GraphApi, siteId: string): Promise<SiteList[]> {
  const values = await getAllPages(api, `${listsPath(siteId)}?$expand=columns`);
  return values.map(asSiteList);
}

/** Every list on the site, by id and display name only: what finding the product's lists needs. */
export async function fetchListNames(api: GraphApi, siteId: string): Promise<SiteList[]> {
  const values = await getAllPages(api, `${listsPath(siteId)}?$select=id,displayName`);
  return values.map(asSiteList);
}

/** A site as start-up reads it: its id, its web URL and, when Graph gave them all, its lists. */
export interface SiteWithLists {
  /** `host,siteCollectionId,webId`. */
  readonly id: string;
  readonly webUrl: string;
  /** Null when the answer held no lists, or only their first page (`lists@odata.nextLink`). */
  readonly lists: readonly SiteList[] | null;
}

/**
 * The site and its lists in one request: `GET {site}?$select=id,webUrl&$expand=lists($select=id,displayName)`.
 * `lists` is a relationship of the site resource, which `$expand` returns inline
 * (learn.microsoft.com/graph/api/resources/site#relationships, .../graph/query-parameters#expand).
 */
export async function fetchSiteWithLists(api: GraphApi, sitePath: string): Promise<SiteWithLists> {
  const body = await api.get(`${sitePath}?$select=id,webUrl&$expand=lists($select=id,displayName)`);
  const site: Received<Site> & { readonly 'lists@odata.nextLink'?: unknown } = asReceived<Site>(body, 'a site');
  const lists = Array.isArray(site.lists) && site['lists@odata.nextLink'] === undefined ? site.lists : null;
  return {
    id: text(site.id),
    webUrl: text(site.webUrl).replace(/\/+$/, ''),
    lists: lists ? lists.map(asSiteList) : null,
  };
}
