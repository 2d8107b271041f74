import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import type { GraphClient } from './support/graph-client';
import { addToGroup, GROUP, removeFromGroup } from './support/sp-rest';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

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

/**
 * Multi-line text as SharePoint keeps it: plain text verbatim; rich text (Graph's
 * textColumn.textType `richText`) as HTML in `<div class="ExternalClass…">` with the text escaped.
 */
describe('multi-line text columns', () => {
  const JSON_VALUE = '[{"title":"Audit <all> cases & report","due":"2025-01-31"}]';
  const RICH = /^<div class="ExternalClass[0-9A-F]{32}">(.*)<\/div>$/s;

  async function notesColumn(graph: GraphClient, textType?: string) {
    const text = { allowMultipleLines: true, ...(textType === undefined ? {} : { textType }) };
    return addColumn(graph, { name: 'Notes', text });
  }

  it('are plain unless created otherwise, and keep the text type they were created with', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await notesColumn(graph)).body['text']).toMatchObject({ allowMultipleLines: true, textType: 'plain' });
    const rich = await addColumn(graph, { name: 'Review', text: { allowMultipleLines: true, textType: 'richText' } });
    expect(rich.status).toBe(201);
    expect(rich.body['text']).toMatchObject({ textType: 'richText' });
    const listed = await graph.call('GET', `${BOOKS}/columns`);
    expect(listed.body.value?.find((c) => c.name === 'Review')?.['text']).toMatchObject({ textType: 'richText' });
  });

  it('store what is written verbatim when plain', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await notesColumn(graph, 'plain');
    const created = await addBook(graph, { Title: 'Emma', Notes: JSON_VALUE });
    expect(created.body.fields?.['Notes']).toBe(JSON_VALUE);
    const read = await graph.call('GET', `${BOOKS}/items/${String(created.body.id)}?expand=fields`);
    expect(read.body.fields?.['Notes']).toBe(JSON_VALUE);
  });

  it('store what is written as HTML, its characters escaped, when rich text', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await notesColumn(graph, 'richText');
    const created = await addBook(graph, { Title: 'Emma', Notes: JSON_VALUE });
    const read = await graph.call('GET', `${BOOKS}/items/${String(created.body.id)}?expand=fields`);
    const stored = String(read.body.fields?.['Notes']);
    expect(stored).toMatch(RICH);
    expect(stored.match(RICH)?.[1]).toBe(
      '[&#123;&quot;title&quot;&#58;&quot;Audit &lt;all&gt; cases &amp; report&quot;,&quot;due&quot;&#58;&quot;2025-01-31&quot;&#125;]',
    );
    expect(() => JSON.parse(stored) as unknown).toThrow();
    // An empty value is still stored as none, not as an empty div.
    expect((await addBook(graph, { Title: 'Persuasion', Notes: '' })).body.fields?.['Notes']).toBeUndefined();
  });

  it('change text type by PATCH, which decides how later writes are stored', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const id = String((await notesColumn(graph)).body['id']);
    const made = await graph.call('PATCH', `${BOOKS}/columns/${id}`, { body: { text: { textType: 'richText' } } });
    expect(made.status).toBe(200);
    expect(made.body['text']).toMatchObject({ allowMultipleLines: true, linesForEditing: 6, textType: 'richText' });
    expect(String((await addBook(graph, { Title: 'Emma', Notes: JSON_VALUE })).body.fields?.['Notes'])).toMatch(RICH);

    const back = await graph.call('PATCH', `${BOOKS}/columns/${id}`, {
      body: { text: { allowMultipleLines: true, textType: 'plain' } },
    });
    expect(back.body['text']).toMatchObject({ textType: 'plain' });
    expect((await addBook(graph, { Title: 'Persuasion', Notes: JSON_VALUE })).body.fields?.['Notes']).toBe(JSON_VALUE);
  });

  it('refuses a text type that is neither plain nor richText, and a text change to a column that is not text', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await notesColumn(graph, 'html')).status).toBe(400);
    const pages = await columnId(graph, 'Pages');
    const patched = await graph.call('PATCH', `${BOOKS}/columns/${pages}`, { body: { text: { textType: 'plain' } } });
    expect(patched.status).toBe(400);
  });

  it('keep a changed text type across a restart (the change is journaled)', async () => {
    const dataDir = tempDataDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    const id = String((await notesColumn(first.graph)).body['id']);
    await first.graph.call('PATCH', `${BOOKS}/columns/${id}`, { body: { text: { textType: 'richText' } } });
    await first.emulator.close();
    const second = await startTestEmulator({ dataDir });
    const column = await second.graph.call('GET', `${BOOKS}/columns/${id}`);
    expect(column.body['text']).toMatchObject({ textType: 'richText' });
    expect(String((await addBook(second.graph, { Title: 'Emma', Notes: JSON_VALUE })).body.fields?.['Notes'])).toMatch(
      RICH,
    );
  });
});
