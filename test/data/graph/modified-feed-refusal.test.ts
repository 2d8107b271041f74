import { describe, expect, it } from 'vitest';
import { modifiedFeed } from '../../../src/data/graph/changes/modified-feed';
import type { GraphApi } from '../../../src/data/graph/graph-api';
import type { StoreContext } from '../../../src/data/graph/store-context';
import { isStoreError } from '../../../src/data/store-error';
import type { ListKey } from '../../../src/data/sharepoint/list-schema';
import type { PlanId } from '../../../src/domain/ids';

const LISTS: readonly ListKey[] = ['actions', 'updates'];
type Look = 'refused' | 'forbidden' | { readonly modified: readonly string[] };

/** SharePoint's answer to a list query past the list view threshold, inside a `$batch`. */
const REFUSAL = {
  status: 400,
  body: {
    error: { code: 'notSupported', message: 'The request is unprocessable because it uses too many resources.' },
  },
};

/** A Graph whose `$batch` answers each look as scripted: refused, or the items modified with these stamps. */
function scriptedGraph(looks: Look[]): { api: GraphApi; filters: string[] } {
  const filters: string[] = [];
  const post = async (_path: string, body: unknown) => {
    const look = looks.shift() ?? { modified: [] };
    const requests = (body as { requests: { id: string; url: string }[] }).requests;
    filters.push(decodeURIComponent(requests[0]?.url.split('$filter=')[1] ?? ''));
    return {
      responses: requests.map(({ id }, i) =>
        look === 'refused'
          ? { id, ...REFUSAL }
          : look === 'forbidden'
            ? { id, status: 403, body: { error: { code: 'accessDenied', message: 'Access denied.' } } }
            : {
                id,
                status: 200,
                body: {
                  value:
                    i === 0
                      ? look.modified.map((at, n) => ({
                          eTag: `"e${n}"`,
                          id: String(n + 1),
                          lastModifiedDateTime: at,
                          fields: { PlanId: 'plan-1' },
                        }))
                      : [],
                },
              },
      ),
    };
  };
  const unused = () => Promise.reject(new Error('not used by the feed'));
  const api: GraphApi = {
    version: 'v1.0',
    retry: { maxRetries: 0, delaySeconds: 0 },
    get: unused,
    post,
    patch: unused,
    delete: unused,
  };
  return { api, filters };
}

function feedOver(looks: Look[], now: () => Date) {
  const graph = scriptedGraph(looks);
  const ctx = {
    api: graph.api,
    siteId: 'site',
    pageSize: 5000,
    unconfirmedCreates: new Set<string>(),
    lists: { all: async () => ({ actions: 'list-a', updates: 'list-u' }), id: async () => 'list', remember: () => {} },
  } as unknown as StoreContext;
  return { feed: modifiedFeed(ctx, 'plan-1' as PlanId, LISTS, now), filters: graph.filters };
}

const since = (filter: string | undefined) => /Modified ge '([^']+)'/.exec(filter ?? '')?.[1];

describe('the Modified poll when SharePoint refuses a look for the list view threshold', () => {
  it('loads the plan again after a bulk import, watching on from a little before the refusal', async () => {
    let clock = Date.parse('2026-12-07T10:00:00Z');
    const { feed, filters } = feedOver(
      [{ modified: [] }, 'refused', { modified: [] }, { modified: ['2026-12-07T10:09:00Z'] }],
      () => new Date(clock),
    );
    expect(await feed.poll()).toBe('none');
    clock += 5 * 60_000;
    expect(await feed.poll()).toBe('restart');
    clock += 20_000;
    expect(await feed.poll()).toBe('none');
    expect(since(filters[2])).toBe('2026-12-07T10:03:00.000Z');
    clock += 20_000;
    expect(await feed.poll()).toBe('changed');
  });

  it('fails the look when refused twice in a row, as on a site whose Modified column is not indexed', async () => {
    const { feed } = feedOver(['refused', 'refused', 'refused'], () => new Date('2026-12-07T10:00:00Z'));
    expect(await feed.poll()).toBe('none');
    const failed = await feed.poll().catch((error: unknown) => error);
    expect(isStoreError(failed) && failed.details.code).toBe('notSupported');
  });

  it('fails the look on any other refusal, the first look too', async () => {
    const { feed } = feedOver(['forbidden'], () => new Date('2026-12-07T10:00:00Z'));
    const failed = await feed.poll().catch((error: unknown) => error);
    expect(isStoreError(failed) && failed.kind).toBe('forbidden');
  });
});
