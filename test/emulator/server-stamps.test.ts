import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { startTestEmulator } from './support/test-emulator';

/** Who wrote an item and when is SharePoint's to say: clients cannot set it. */

const FORGED: readonly [string, unknown][] = [
  ['Author', 'u-dcs'],
  ['Editor', 'u-dcs'],
  ['Created', '2018-01-01T00:00:00Z'],
  ['Modified', '2018-01-01T00:00:00Z'],
  ['AuthorLookupId', '7'],
  ['EditorLookupId', '7'],
];

describe('server stamps', () => {
  it.each(FORGED)('refuses %s on create and on update with 400, storing nothing', async (name, value) => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const created = await addBook(graph, { Title: 'Forged', [name]: value }, 'u-police-owner');
    expect(created.status).toBe(400);
    expect(created.body.error?.code).toBe('invalidRequest');
    expect((await graph.call('GET', `${BOOKS}/items`)).body.value).toEqual([]);

    await addBook(graph, { Title: 'Honest' }, 'u-police-owner');
    const before = await graph.call('GET', `${BOOKS}/items/1?expand=fields`);
    const patched = await graph.call('PATCH', `${BOOKS}/items/1/fields`, {
      as: 'u-police-owner',
      body: { Shelf: 'A', [name]: value },
    });
    expect(patched.status).toBe(400);
    const after = await graph.call('GET', `${BOOKS}/items/1?expand=fields`);
    expect(after.body).toEqual(before.body);
  });

  it('stamps the caller from their token and the times from the server, on every item of a query', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma' }, 'u-police-owner');
    await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as: 'u-health-owner', body: { Shelf: 'B' } });
    const listed = await graph.call('GET', `${BOOKS}/items?expand=fields(select=Title)`);
    const [item] = listed.body.value ?? [];
    expect(item?.createdBy).toEqual({
      user: { id: 'u-police-owner', displayName: 'Sarah Mitchell', email: 'sarah.mitchell@example.gov.uk' },
    });
    expect(item?.lastModifiedBy?.user.id).toBe('u-health-owner');
    expect(item?.fields).toEqual({ '@odata.etag': item?.eTag, id: '1', Title: 'Emma' });
    const created = Date.parse(String(item?.['createdDateTime']));
    expect(Date.parse(String(item?.['lastModifiedDateTime']))).toBeGreaterThan(created);
  });

  it('gives items created one after another strictly later creation times, in id order', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const batch = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      method: 'POST',
      url: `${BOOKS}/items`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `Book ${i}` } },
    }));
    await graph.call('POST', '/$batch', { body: { requests: batch } });
    const items = (await graph.call('GET', `${BOOKS}/items`)).body.value ?? [];
    const times = items.map((i) => String(i['createdDateTime']));
    expect(items.map((i) => Number(i.id))).toEqual([...items.map((i) => Number(i.id))].sort((a, b) => a - b));
    for (let n = 1; n < times.length; n += 1) expect(times[n]! > times[n - 1]!).toBe(true);
  });
});
