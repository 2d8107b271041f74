import { describe, expect, it } from 'vitest';
import { createBooks } from './support/books-list';
import { SITE } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('lists', () => {
  it('creates a list with a GUID id and shows its columns with $expand=columns', async () => {
    const { graph } = await startTestEmulator();
    const books = await graph.call('POST', `${SITE}/lists`, {
      body: {
        displayName: 'Reading',
        columns: [{ name: 'Shelf', indexed: true, text: {} }],
        list: { template: 'genericList' },
      },
    });
    expect(books.status).toBe(201);
    expect(books.body.id).toMatch(GUID);
    expect(books.body).toMatchObject({ displayName: 'Reading', name: 'Reading', list: { template: 'genericList' } });

    const lists = await graph.call('GET', `${SITE}/lists?$expand=columns`);
    const reading = lists.body.value?.find((l) => l.id === books.body.id);
    const shelf = reading?.columns?.find((c) => c.name === 'Shelf');
    expect(shelf).toMatchObject({ indexed: true, text: { allowMultipleLines: false, maxLength: 255 } });
    expect(reading?.columns?.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Title', 'Created', 'Modified', 'Author', 'Editor']),
    );
  });

  it('refuses a second list with the same title with 409 nameAlreadyExists', async () => {
    const { graph } = await startTestEmulator();
    await graph.call('POST', `${SITE}/lists`, { body: { displayName: 'Reading', list: { template: 'genericList' } } });
    const again = await graph.call('POST', `${SITE}/lists`, {
      body: { displayName: 'reading', list: { template: 'genericList' } },
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('nameAlreadyExists');
  });

  it('addresses a list by its id or by its title', async () => {
    const { graph } = await startTestEmulator();
    const created = await graph.call('POST', `${SITE}/lists`, {
      body: { displayName: 'JTAI Notes', list: { template: 'genericList' } },
    });
    const byTitle = await graph.call('GET', `${SITE}/lists/${encodeURIComponent('JTAI Notes')}`);
    const byId = await graph.call('GET', `${SITE}/lists/${created.body.id}`);
    expect(byTitle.body.id).toBe(created.body.id);
    expect(byId.body.displayName).toBe('JTAI Notes');
    expect((await graph.call('GET', `${SITE}/lists/Nowhere`)).status).toBe(404);
  });

  it('refuses a list whose column names clash with a built-in column', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('POST', `${SITE}/lists`, {
      body: { displayName: 'Clash', columns: [{ name: 'Title', text: {} }] },
    });
    expect(reply.status).toBe(400);
  });
});

describe('columns', () => {
  it('adds a column and refuses a duplicate name with 409', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const added = await graph.call('POST', `${SITE}/lists/Books/columns`, {
      body: { name: 'Isbn', indexed: true, text: {} },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Isbn', indexed: true });
    const duplicate = await graph.call('POST', `${SITE}/lists/Books/columns`, { body: { name: 'Isbn', text: {} } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error?.code).toBe('nameAlreadyExists');
    const columns = await graph.call('GET', `${SITE}/lists/Books/columns`);
    expect(columns.body.value?.filter((c) => c.name === 'Isbn')).toHaveLength(1);
  });

  it('indexes a column with PATCH {indexed:true}, after which it can be filtered on', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const filter = `${SITE}/lists/Books/items?$filter=${encodeURIComponent("fields/Writer eq 'Austen'")}`;
    expect((await graph.call('GET', filter)).status).toBe(400);
    const columns = await graph.call('GET', `${SITE}/lists/Books/columns`);
    const writer = columns.body.value?.find((c) => c.name === 'Writer');
    const patched = await graph.call('PATCH', `${SITE}/lists/Books/columns/${writer?.id}`, { body: { indexed: true } });
    expect(patched.status).toBe(200);
    expect(patched.body.indexed).toBe(true);
    expect((await graph.call('GET', filter)).status).toBe(200);
  });

  it('refuses a column without a type, or with an unknown one', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await graph.call('POST', `${SITE}/lists/Books/columns`, { body: { name: 'Nothing' } })).status).toBe(400);
    expect(
      (await graph.call('POST', `${SITE}/lists/Books/columns`, { body: { name: 'When', currency: {} } })).status,
    ).toBe(400);
  });
});
