import type { GraphApi } from './graph-api';
import { StoreError } from '../store-error';
import { asPage, type Page } from './list-item';

/**
 * A nextLink is absolute and names whatever host the server believes it has (behind the dev
 * server's `/graph` mount, or a proxy, that is not ours). Keeping only the part after the version
 * sends the next request through the same client, base URL and token as the first.
 */
export function toVersionRelative(nextLink: string, version: string): string {
  const url = new URL(nextLink);
  const marker = `/${version}/`;
  const at = url.pathname.indexOf(marker);
  if (at < 0) return nextLink;
  return `${url.pathname.slice(at + marker.length - 1)}${url.search}`;
}

/** Every value of a collection, starting from a page already in hand. */
export async function followNextLinks(api: GraphApi, first: Page<unknown>): Promise<unknown[]> {
  const values = [...first.value];
  const seen = new Set<string>();
  let next = first.nextLink;
  while (next) {
    // A server that hands back a link it already gave would otherwise keep us here for ever.
    if (seen.has(next))
      throw new StoreError('server', 'The server repeated a page of results.', { code: 'pagingLoop' });
    seen.add(next);
    const page = asPage(await api.get(toVersionRelative(next, api.version)));
    values.push(...page.value);
    next = page.nextLink;
  }
  return values;
}

/** Every value of a collection, following `@odata.nextLink` to the end. */
export async function getAllPages(api: GraphApi, path: string): Promise<unknown[]> {
  return followNextLinks(api, asPage(await api.get(path)));
}
