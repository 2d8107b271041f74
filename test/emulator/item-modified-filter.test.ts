import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import type { GraphClient } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

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

async function indexModified(graph: GraphClient): Promise<void> {
  const columns = await graph.call('GET', `${BOOKS}/columns`);
  const modified = columns.body.value?.find((c) => c.name === 'Modified');
  const reply = await graph.call('PATCH', `${BOOKS}/columns/${String(modified?.id)}`, { body: { indexed: true } });
  expect(reply.status).toBe(200);
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
