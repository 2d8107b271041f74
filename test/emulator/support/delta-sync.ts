import { expect } from 'vitest';
import type { GraphClient } from './graph-client';
import type { WireBody } from './wire-body';

export interface DeltaRound {
  /** Every entry of every page, in order. */
  readonly entries: readonly WireBody[];
  readonly pages: number;
  /** The last page's `@odata.deltaLink`. */
  readonly deltaLink: string;
}

/** Follows nextLinks from `url` until a page carries the deltaLink, as a syncing client does. */
export async function syncDelta(graph: GraphClient, url: string, as = 'u-dcs'): Promise<DeltaRound> {
  const entries: WireBody[] = [];
  let pages = 0;
  let next = url;
  for (;;) {
    const page = await graph.call('GET', next, { as });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    entries.push(...(page.body.value ?? []));
    pages += 1;
    const nextLink = page.body['@odata.nextLink'];
    if (typeof nextLink === 'string') {
      expect(page.body['@odata.deltaLink']).toBeUndefined();
      next = nextLink;
      continue;
    }
    const deltaLink = page.body['@odata.deltaLink'];
    expect(typeof deltaLink).toBe('string');
    return { entries, pages, deltaLink: String(deltaLink) };
  }
}

/** A link's path and query below `/v1.0`, for a `$batch` part or an emulator on another port. */
export const belowV1 = (link: string): string => link.slice(link.indexOf('/v1.0') + '/v1.0'.length);

/** Ids of live entries, and of entries with the `deleted` facet, in id order (the feed promises none). */
export function idsOf(entries: readonly WireBody[]): { live: string[]; deleted: string[] } {
  const ids = (deleted: boolean) =>
    entries
      .filter((e) => (e['deleted'] !== undefined) === deleted)
      .map((e) => String(e.id))
      .sort((a, b) => Number(a) - Number(b));
  return { live: ids(false), deleted: ids(true) };
}
