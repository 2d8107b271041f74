import { describe, expect, it } from 'vitest';
import { BOOKS, createBooks } from './support/books-list';
import { addItemsToStoredSite } from './support/bulk-items';
import type { GraphClient, Reply } from './support/graph-client';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

const LARGE = 6000;
const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

/**
 * Books 1…count: 5,500 on the indexed shelf 'big' (when there are that many), the rest on 'small';
 * Pages (indexed) is the book's number; Writer is not indexed.
 */
async function booksSite(count: number): Promise<GraphClient> {
  const dataDir = tempDataDir();
  const first = await startTestEmulator({ dataDir });
  await createBooks(first.graph);
  await first.emulator.close();
  addItemsToStoredSite(dataDir, [
    {
      list: 'Books',
      fields: Array.from({ length: count }, (_, i) => ({
        Title: `Book ${i + 1}`,
        Shelf: i < 5500 ? 'big' : 'small',
        Pages: i + 1,
        Writer: `Writer ${(i + 1) % 7}`,
      })),
    },
  ]);
  return (await startTestEmulator({ dataDir })).graph;
}

const query = (filter: string, extra = '') =>
  `${BOOKS}/items?expand=fields(select=Title,Pages)&$filter=${encodeURIComponent(filter)}${extra}`;

const pagesOf = (reply: Reply) => (reply.body.value ?? []).map((item) => item.fields?.['Pages']);

describe('the list view threshold, on a list of more than 5,000 items', () => {
  it('reads the whole list a page at a time in id order, with no filter', async () => {
    const graph = await booksSite(LARGE);
    const first = await graph.call('GET', `${BOOKS}/items?$top=5000`);
    expect(first.status).toBe(200);
    expect(first.body.value).toHaveLength(5000);
    const second = await graph.call('GET', String(first.body['@odata.nextLink']));
    expect(second.body.value?.map((i) => i.id).slice(0, 2)).toEqual(['5001', '5002']);
    expect(second.body.value).toHaveLength(1000);
  });

  it('serves a filter whose first condition, on an indexed column, selects at most 5,000 items', async () => {
    const graph = await booksSite(LARGE);
    const reply = await graph.call('GET', query("fields/Shelf eq 'small'", '&$top=5000'));
    expect(reply.status).toBe(200);
    expect(reply.body.value).toHaveLength(500);
  });

  it('refuses a filter whose first condition selects more than 5,000 items, however few the others leave', async () => {
    const graph = await booksSite(LARGE);
    const reply = await graph.call('GET', query("fields/Shelf eq 'big' and fields/Pages eq 7"));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'notSupported' });
    expect(reply.body.error?.message).toMatch(/list view threshold/);
    expect(reply.headers.get('Retry-After')).toBeNull();
  });

  it('serves the same conditions written the selective way round', async () => {
    const graph = await booksSite(LARGE);
    const reply = await graph.call('GET', query("fields/Pages eq 7 and fields/Shelf eq 'big'"));
    expect(reply.status).toBe(200);
    expect(pagesOf(reply)).toEqual([7]);
  });

  it('lets a non-indexed column narrow an indexed first condition, with the Prefer header', async () => {
    const graph = await booksSite(LARGE);
    const narrowed = await graph.call('GET', query("fields/Shelf eq 'small' and fields/Writer eq 'Writer 3'"), {
      headers: PREFER,
    });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.value?.length).toBeGreaterThan(0);
    const withoutHeader = await graph.call('GET', query("fields/Shelf eq 'small' and fields/Writer eq 'Writer 3'"));
    expect(withoutHeader.status).toBe(400);
    expect(withoutHeader.body.error).toMatchObject({ code: 'invalidRequest' });
  });

  it('refuses a non-indexed first condition even with the Prefer header', async () => {
    const graph = await booksSite(LARGE);
    const reply = await graph.call('GET', query("fields/Writer eq 'Writer 3'"), { headers: PREFER });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'notSupported' });
  });

  it('orders by an indexed column, paging in that order, and refuses ordering by one that is not', async () => {
    const graph = await booksSite(LARGE);
    const ordered = await graph.call('GET', query("fields/Shelf eq 'small'", '&$orderby=fields/Pages desc&$top=300'));
    expect(pagesOf(ordered).slice(0, 3)).toEqual([6000, 5999, 5998]);
    const next = await graph.call('GET', String(ordered.body['@odata.nextLink']));
    expect(pagesOf(next)).toHaveLength(200);
    expect(pagesOf(next)[0]).toBe(5700);
    expect(next.body['@odata.nextLink']).toBeUndefined();
    const unindexed = await graph.call('GET', `${BOOKS}/items?$orderby=fields/Writer`, { headers: PREFER });
    expect(unindexed.status).toBe(400);
    expect(unindexed.body.error).toMatchObject({ code: 'notSupported' });
  });
});

describe('the same queries on a list of 5,000 items or fewer', () => {
  it('serves any filter and order the request may name', async () => {
    const graph = await booksSite(5000);
    const big = await graph.call('GET', query("fields/Shelf eq 'big'", '&$top=5000'));
    expect(big.body.value).toHaveLength(5000);
    const unindexed = await graph.call(
      'GET',
      query("fields/Writer eq 'Writer 3'", '&$orderby=fields/Writer,fields/Pages desc&$top=2'),
      {
        headers: PREFER,
      },
    );
    expect(unindexed.status).toBe(200);
    expect(pagesOf(unindexed)).toEqual([4994, 4987]);
  });

  it('still refuses ordering by a column that is not indexed without the Prefer header', async () => {
    const graph = await booksSite(10);
    const reply = await graph.call('GET', `${BOOKS}/items?$orderby=fields/Writer`);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.message).toMatch(/cannot be referenced in filter or orderby as it is not indexed/);
  });
});
