import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { addItemsToStoredSite } from './support/bulk-items';
import type { GraphClient } from './support/graph-client';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

/**
 * `$filter` on the built-in Modified column: the fallback where delta is unavailable. SharePoint
 * keeps Modified to the second and refuses it in a filter unless it is indexed or the client
 * accepts the risk.
 */

const RISK = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const modifiedSince = (iso: string) => `${BOOKS}/items?$filter=${encodeURIComponent(`fields/Modified ge '${iso}'`)}`;
const idsIn = (reply: { body: { value?: readonly { id?: string }[] } }) => reply.body.value?.map((i) => i.id);

async function modifiedOf(graph: GraphClient, id: number): Promise<string> {
  return String((await graph.call('GET', `${BOOKS}/items/${id}`)).body['lastModifiedDateTime']);
}

async function modifiedColumn(graph: GraphClient) {
  return (await graph.call('GET', `${BOOKS}/columns`)).body.value?.find((c) => c.name === 'Modified');
}

async function indexModified(graph: GraphClient): Promise<void> {
  const modified = await modifiedColumn(graph);
  const reply = await graph.call('PATCH', `${BOOKS}/columns/${String(modified?.id)}`, { body: { indexed: true } });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ name: 'Modified', indexed: true });
}

describe('filtering on Modified', () => {
  it('is refused while Modified is not indexed, unless the client accepts the risk', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma' });
    const refused = await graph.call('GET', modifiedSince('2000-01-01T00:00:00Z'));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('not indexed');
    const risked = await graph.call('GET', modifiedSince('2000-01-01T00:00:00Z'), { headers: RISK });
    expect(idsIn(risked)).toEqual(['1']);
  });

  it('finds items changed at or after an instant, to the second, whatever ISO 8601 form it is written in', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await indexModified(graph);
    await addBook(graph, { Title: 'Emma' });
    await addBook(graph, { Title: 'Persuasion' });
    await graph.call('PATCH', `${BOOKS}/items/1/fields`, { body: { Shelf: 'B' } });
    const changed = new Date(await modifiedOf(graph, 1));
    const toTheSecond = new Date(Math.floor(changed.getTime() / 1000) * 1000);

    const since = await graph.call('GET', modifiedSince(toTheSecond.toISOString().replace('.000Z', 'Z')));
    expect(since.status).toBe(200);
    expect(idsIn(since)).toContain('1');
    const withOffset = toTheSecond.toISOString().replace('.000Z', '+00:00');
    expect(idsIn(await graph.call('GET', modifiedSince(withOffset)))).toContain('1');
    expect(idsIn(await graph.call('GET', modifiedSince('2999-01-01')))).toEqual([]);
    expect(idsIn(await graph.call('GET', modifiedSince('2000-01-01')))).toEqual(['1', '2']);
  });

  it('refuses a value that is not a date and time', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await indexModified(graph);
    const reply = await graph.call('GET', modifiedSince('yesterday'));
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('invalidRequest');
  });
});

describe('filtering on Modified first, on a list of more than 5,000 items', () => {
  /** 5,100 books last modified years ago, in a stopped emulator's store; then the emulator over it. */
  async function largeBooks() {
    const dataDir = tempDataDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    await first.emulator.close();
    const fields = Array.from({ length: 5100 }, (_, i) => ({ Title: `Book ${i + 1}`, Shelf: 'big' }));
    addItemsToStoredSite(dataDir, [{ list: 'Books', fields, at: '2022-01-03T09:00:00Z' }]);
    return startTestEmulator({ dataDir });
  }

  it('lists Modified as Graph does: a read-only dateTime column, not indexed until changed', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect(await modifiedColumn(graph)).toMatchObject({
      name: 'Modified',
      readOnly: true,
      indexed: false,
      dateTime: { format: 'dateTime' },
    });
  });

  it('counts the Modified condition as indexed only once Modified is, and keeps the index over a restart', async () => {
    const site = await largeBooks();
    const changed = await site.graph.call('PATCH', `${BOOKS}/items/7/fields`, { body: { Shelf: 'small' } });
    expect(changed.status).toBe(200);
    const at = Math.floor(Date.parse(await modifiedOf(site.graph, 7)) / 1000) * 1000;
    const recent = modifiedSince(new Date(at).toISOString()) + encodeURIComponent(" and fields/Shelf eq 'small'");

    const unindexed = await site.graph.call('GET', recent, { headers: RISK });
    expect(unindexed.status).toBe(400);
    expect(unindexed.body.error).toMatchObject({ code: 'notSupported' });

    await indexModified(site.graph);
    expect(idsIn(await site.graph.call('GET', recent))).toEqual(['7']);
    await site.emulator.close();
    const again = await startTestEmulator({ dataDir: site.dataDir });
    expect(await modifiedColumn(again.graph)).toMatchObject({ indexed: true });
    expect(idsIn(await again.graph.call('GET', recent))).toEqual(['7']);

    const everything = await again.graph.call('GET', modifiedSince('2000-01-01T00:00:00Z'));
    expect(everything.status).toBe(400);
    expect(everything.body.error).toMatchObject({ code: 'notSupported' });
  });
});
