import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import type { GraphClient } from './support/graph-client';
import { addToGroup, GROUP, removeFromGroup } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** Column types and unique columns as SharePoint enforces them. */

async function addColumn(graph: GraphClient, definition: Record<string, unknown>) {
  return graph.call('POST', `${BOOKS}/columns`, { body: definition });
}

async function columnId(graph: GraphClient, name: string): Promise<string> {
  const columns = await graph.call('GET', `${BOOKS}/columns`);
  return String(columns.body.value?.find((c) => c.name === name)?.id);
}

describe('dateTime columns', () => {
  it('takes ISO 8601 dates and times and reads them back as UTC instants', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const due = await addColumn(graph, { name: 'Due', indexed: true, dateTime: { format: 'dateOnly' } });
    expect(due.status).toBe(201);
    expect(due.body['dateTime']).toEqual({ displayAs: 'default', format: 'dateOnly' });
    await addColumn(graph, { name: 'Seen', dateTime: { format: 'dateTime' } });
    const created = await addBook(graph, { Title: 'Emma', Due: '2024-05-09', Seen: '2024-05-09T10:00:00+01:00' });
    expect(created.status).toBe(201);
    expect(created.body.fields).toMatchObject({ Due: '2024-05-09T00:00:00Z', Seen: '2024-05-09T09:00:00Z' });
    const filtered = await graph.call(
      'GET',
      `${BOOKS}/items?expand=fields&$filter=${encodeURIComponent("fields/Due eq '2024-05-09T00:00:00Z'")}`,
    );
    expect(filtered.body.value).toHaveLength(1);
  });

  it.each(['2024-02-30', 'next Tuesday', '2024-13-01', '09/05/2024', '2024-05-09T25:00:00Z'])(
    'refuses %s with 400 invalidRequest',
    async (value) => {
      const { graph } = await startTestEmulator();
      await createBooks(graph);
      await addColumn(graph, { name: 'Due', dateTime: {} });
      const reply = await addBook(graph, { Title: 'Emma', Due: value });
      expect(reply.status).toBe(400);
      expect(reply.body.error?.code).toBe('invalidRequest');
      expect(reply.body.error?.message).toContain('is not a valid DateTime value');
    },
  );

  it('refuses a format that is neither dateOnly nor dateTime', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await addColumn(graph, { name: 'Due', dateTime: { format: 'weekday' } })).status).toBe(400);
  });
});

describe('choice columns', () => {
  it('refuses a value outside the choices', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await addBook(graph, { Title: 'Emma', Genre: 'poetry' })).status).toBe(400);
  });
});

describe('unique columns', () => {
  it('refuses a second item with the same value, ignoring case, on create and on update', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await addColumn(graph, { name: 'Isbn', indexed: true, enforceUniqueValues: true, text: {} })).status).toBe(
      201,
    );
    await addBook(graph, { Title: 'Emma', Isbn: 'abc-1' });
    await addBook(graph, { Title: 'Persuasion', Isbn: 'abc-2' });
    expect((await addBook(graph, { Title: 'Copy', Isbn: 'ABC-1' })).status).toBe(409);
    const patched = await graph.call('PATCH', `${BOOKS}/items/2/fields`, { body: { Isbn: 'Abc-1' } });
    expect(patched.status).toBe(409);
    expect((await graph.call('GET', `${BOOKS}/items`)).body.value).toHaveLength(2);
  });

  it('refuses to turn unique values on while items hold duplicates, or on a column that is not indexed', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma', Shelf: 'A1' });
    await addBook(graph, { Title: 'Persuasion', Shelf: 'a1' });
    const shelf = `${BOOKS}/columns/${await columnId(graph, 'Shelf')}`;
    const clash = await graph.call('PATCH', shelf, { body: { enforceUniqueValues: true } });
    expect(clash.status).toBe(400);
    expect((await graph.call('GET', shelf)).body['enforceUniqueValues']).toBe(false);
    const writer = `${BOOKS}/columns/${await columnId(graph, 'Writer')}`;
    expect((await graph.call('PATCH', writer, { body: { enforceUniqueValues: true } })).status).toBe(400);

    await graph.call('PATCH', `${BOOKS}/items/2/fields`, { body: { Shelf: 'B1' } });
    expect((await graph.call('PATCH', shelf, { body: { enforceUniqueValues: true } })).status).toBe(200);
    expect((await graph.call('PATCH', shelf, { body: { indexed: false } })).status).toBe(400);
    expect((await addBook(graph, { Title: 'Copy', Shelf: 'b1' })).status).toBe(409);
  });

  it('lets only those who can manage the list change its columns', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const shelf = `${BOOKS}/columns/${await columnId(graph, 'Shelf')}`;
    expect((await graph.call('PATCH', shelf, { as: 'u-police-owner', body: { displayName: 'Rack' } })).status).toBe(
      200,
    );
    await removeFromGroup(graph, GROUP.members, 'u-lead-member');
    await addToGroup(graph, GROUP.visitors, 'cllr.grace.adeyemi@example.gov.uk');
    const as = 'u-lead-member';
    expect((await graph.call('PATCH', shelf, { as, body: { displayName: 'Mine' } })).status).toBe(403);
    expect((await graph.call('POST', `${BOOKS}/columns`, { as, body: { name: 'Mine', text: {} } })).status).toBe(403);
    expect((await graph.call('GET', shelf, { as })).body['displayName']).toBe('Rack');
  });
});
