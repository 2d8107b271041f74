import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { belowV1, idsOf, syncDelta } from './support/delta-sync';
import type { GraphClient } from './support/graph-client';
import { grant, itemScope, restrictItem, ROLE, siteUserId } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** listItem delta (learn.microsoft.com/graph/api/listitem-delta) over the wire. */

const DELTA = `${BOOKS}/items/delta`;

async function books(graph: GraphClient, count: number): Promise<void> {
  await createBooks(graph);
  for (let n = 1; n <= count; n += 1) await addBook(graph, { Title: `Book ${n}`, Shelf: 'A' });
}

const shelve = (graph: GraphClient, id: number, shelf: string) =>
  graph.call('PATCH', `${BOOKS}/items/${id}/fields`, { body: { Shelf: shelf } });

describe('the first delta round', () => {
  it('enumerates every item a page at a time, and the last page carries a deltaLink with a token', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 5);
    const round = await syncDelta(graph, `${DELTA}?$top=2&expand=fields(select=Title)`);
    expect(round.pages).toBe(3);
    expect(idsOf(round.entries)).toEqual({ live: ['1', '2', '3', '4', '5'], deleted: [] });
    expect(round.entries[0]?.fields).toMatchObject({ id: '1', Title: 'Book 1' });
    expect(round.entries[0]?.fields?.['Shelf']).toBeUndefined();
    expect(round.deltaLink).toMatch(/\/items\/delta\?.*token=[^&]+/);
    expect(round.deltaLink).toContain('top=2');
  });

  it('is also served at delta() and without fields unless they are expanded', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 2);
    const round = await syncDelta(graph, `${BOOKS}/items/delta()`);
    expect(idsOf(round.entries).live).toEqual(['1', '2']);
    expect(round.entries[0]?.fields).toBeUndefined();
    expect(round.entries[0]?.eTag).toBeDefined();
  });

  it('leaves out the items the caller cannot view, as …/items does', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 4);
    await restrictItem(graph, 2);
    const round = await syncDelta(graph, `${DELTA}?$top=1`, 'u-police-owner');
    expect(idsOf(round.entries).live).toEqual(['1', '3', '4']);
  });

  it('refuses query options delta does not take', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 1);
    const filtered = await graph.call('GET', `${DELTA}?$filter=${encodeURIComponent("fields/Shelf eq 'A'")}`);
    expect(filtered.status).toBe(400);
    expect((await graph.call('GET', `${DELTA}?$orderby=id`)).status).toBe(400);
  });
});

describe('following the deltaLink', () => {
  it('returns only what changed since: new and changed items in their latest state, deletions as deleted', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 5);
    const first = await syncDelta(graph, `${DELTA}?expand=fields`);
    await addBook(graph, { Title: 'Book 6' });
    await shelve(graph, 2, 'B');
    await shelve(graph, 2, 'C');
    expect((await graph.call('DELETE', `${BOOKS}/items/3`)).status).toBe(204);

    const second = await syncDelta(graph, first.deltaLink);
    expect(idsOf(second.entries)).toEqual({ live: ['2', '6'], deleted: ['3'] });
    expect(second.entries.find((e) => e.id === '2')?.fields?.['Shelf']).toBe('C');
    expect(second.entries.find((e) => e.id === '3')).toMatchObject({ deleted: { state: 'deleted' } });
    expect(second.entries.find((e) => e.id === '3')?.fields).toBeUndefined();

    const third = await syncDelta(graph, second.deltaLink);
    expect(third.entries).toEqual([]);
  });

  it('pages the changes too', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const first = await syncDelta(graph, `${DELTA}?$top=2`);
    for (const id of [1, 2, 3]) await shelve(graph, id, 'B');
    const second = await syncDelta(graph, first.deltaLink);
    expect(second.pages).toBe(2);
    expect(idsOf(second.entries).live).toEqual(['1', '2', '3']);
  });

  it('reports an item changed while the first round was being paged', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const page = await graph.call('GET', `${DELTA}?$top=2&expand=fields`);
    await shelve(graph, 1, 'moved');
    const rest = await syncDelta(graph, String(page.body['@odata.nextLink']));
    const seen = [...(page.body.value ?? []), ...rest.entries];
    const last = seen.filter((e) => e.id === '1').at(-1);
    expect(last?.fields?.['Shelf']).toBe('moved');
    expect(new Set(seen.map((e) => e.id))).toEqual(new Set(['1', '2', '3']));
  });

  it('does not leak an item the caller can no longer view, and brings one newly shared with them', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 4);
    await restrictItem(graph, 4);
    const as = 'u-police-owner';
    const first = await syncDelta(graph, DELTA, as);
    expect(idsOf(first.entries).live).toEqual(['1', '2', '3']);
    await restrictItem(graph, 1);
    await shelve(graph, 1, 'secret');
    await grant(graph, itemScope('Books', 4), await siteUserId(graph, as), ROLE.read);

    const second = await syncDelta(graph, `${first.deltaLink}&expand=fields`, as);
    expect(idsOf(second.entries)).toEqual({ live: ['4'], deleted: [] });
    expect(JSON.stringify(second.entries)).not.toContain('secret');
  });
});

describe('token=latest', () => {
  it('returns no items and a deltaLink from which only later changes come', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const latest = await syncDelta(graph, `${DELTA}?token=latest`);
    expect(latest.entries).toEqual([]);
    expect(latest.pages).toBe(1);
    await addBook(graph, { Title: 'Book 4' });
    const next = await syncDelta(graph, latest.deltaLink);
    expect(idsOf(next.entries).live).toEqual(['4']);
  });
});

describe('delta inside $batch', () => {
  it('routes like any GET: pages with nextLink and hands back a deltaLink', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const first = await syncDelta(graph, DELTA);
    await shelve(graph, 2, 'B');
    const batch = await graph.call('POST', '/$batch', {
      body: {
        requests: [
          { id: 'fresh', method: 'GET', url: `${DELTA}?$top=2` },
          { id: 'changes', method: 'GET', url: belowV1(first.deltaLink) },
        ],
      },
    });
    const parts = Object.fromEntries((batch.body.responses ?? []).map((r) => [r.id, r]));
    expect(parts['fresh']?.status).toBe(200);
    expect(parts['fresh']?.body?.value).toHaveLength(2);
    const rest = await syncDelta(graph, String(parts['fresh']?.body?.['@odata.nextLink']));
    expect(idsOf([...(parts['fresh']?.body?.value ?? []), ...rest.entries]).live).toEqual(['1', '2', '3']);
    expect(parts['changes']?.body?.value?.map((e) => e.id)).toEqual(['2']);
    expect(parts['changes']?.body?.['@odata.deltaLink']).toContain('token=');
  });
});
