import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { startTestEmulator } from './support/test-emulator';

const ETAG = /^"[0-9a-f-]{36},(\d+)"$/;
const versionOf = (etag: unknown) => Number(ETAG.exec(String(etag))?.[1]);

describe('list items', () => {
  it('creates an item with a server-assigned id, an eTag at version 1 and the caller as author', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const created = await addBook(
      graph,
      { Title: 'Emma', Writer: 'Austen', Pages: 474, Read: false },
      'u-police-owner',
    );
    expect(created.status).toBe(201);
    expect(created.body.id).toBe('1');
    expect(created.body.eTag).toMatch(ETAG);
    expect(versionOf(created.body.eTag)).toBe(1);
    expect(created.body.fields).toMatchObject({
      '@odata.etag': created.body.eTag,
      id: '1',
      Title: 'Emma',
      Writer: 'Austen',
      Pages: 474,
      Read: false,
    });
    expect(created.body.createdBy?.user).toEqual(
      expect.objectContaining({ id: 'u-police-owner', displayName: 'Sarah Mitchell' }),
    );
    expect(created.body.lastModifiedBy?.user.id).toBe('u-police-owner');
  });

  it('reads an item with expand=fields(select=…) giving only the chosen fields, id and eTag', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma', Writer: 'Austen', Shelf: 'A1' });
    const reply = await graph.call('GET', `${BOOKS}/items/1?expand=fields(select=Title,Shelf)`);
    expect(reply.status).toBe(200);
    expect(reply.body.fields).toEqual({ '@odata.etag': reply.body.eTag, id: '1', Title: 'Emma', Shelf: 'A1' });
  });

  it('answers 404 itemNotFound for an item that does not exist', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const reply = await graph.call('GET', `${BOOKS}/items/99?expand=fields`);
    expect(reply.status).toBe(404);
    expect(reply.body.error?.code).toBe('itemNotFound');
  });

  it('updates only the fields sent and returns the whole fieldValueSet with the new eTag', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const created = await addBook(graph, { Title: 'Emma', Writer: 'Austen', Shelf: 'A1' });
    const patched = await graph.call('PATCH', `${BOOKS}/items/1/fields`, {
      as: 'u-health-owner',
      body: { Shelf: 'B2' },
      headers: { 'If-Match': String(created.body.eTag) },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: '1', Title: 'Emma', Writer: 'Austen', Shelf: 'B2' });
    expect(versionOf(patched.body['@odata.etag'])).toBe(2);
    const read = await graph.call('GET', `${BOOKS}/items/1?expand=fields`);
    expect(read.body.fields?.['Shelf']).toBe('B2');
    expect(read.body.lastModifiedBy?.user.id).toBe('u-health-owner');
  });

  it('refuses a write with a stale eTag with 412 and accepts one with the current eTag, *, or none', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const created = await addBook(graph, { Title: 'Emma' });
    const first = String(created.body.eTag);
    const patch = (body: object, ifMatch?: string) =>
      graph.call('PATCH', `${BOOKS}/items/1/fields`, { body, headers: ifMatch ? { 'If-Match': ifMatch } : {} });
    const second = await patch({ Shelf: 'A' }, first);
    const stale = await patch({ Shelf: 'B' }, first);
    expect(stale.status).toBe(412);
    expect(stale.body.error?.code).toBe('preconditionFailed');
    expect((await patch({ Shelf: 'C' }, String(second.body['@odata.etag']))).status).toBe(200);
    expect((await patch({ Shelf: 'D' }, '*')).status).toBe(200);
    const last = await patch({ Shelf: 'E' });
    expect(versionOf(last.body['@odata.etag'])).toBe(5);
    expect(last.body['Shelf']).toBe('E');
  });

  it('deletes with If-Match, refusing a stale eTag', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const created = await addBook(graph, { Title: 'Emma' });
    await graph.call('PATCH', `${BOOKS}/items/1/fields`, { body: { Shelf: 'A' } });
    const stale = await graph.call('DELETE', `${BOOKS}/items/1`, {
      headers: { 'If-Match': String(created.body.eTag) },
    });
    expect(stale.status).toBe(412);
    const current = await graph.call('GET', `${BOOKS}/items/1`);
    const deleted = await graph.call('DELETE', `${BOOKS}/items/1`, {
      headers: { 'If-Match': String(current.body.eTag) },
    });
    expect(deleted.status).toBe(204);
    expect((await graph.call('GET', `${BOOKS}/items/1`)).status).toBe(404);
  });

  it('never reuses the id of a deleted item', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'One' });
    await addBook(graph, { Title: 'Two' });
    await graph.call('DELETE', `${BOOKS}/items/2`);
    expect((await addBook(graph, { Title: 'Three' })).body.id).toBe('3');
  });

  it('refuses single-line text over 255 characters with 400 and keeps multi-line text whole', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const tooLong = await addBook(graph, { Title: 'x'.repeat(256) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.code).toBe('invalidRequest');
    expect((await addBook(graph, { Title: 'x'.repeat(255) })).status).toBe(201);
    const summary = 'Long summary. '.repeat(300);
    const note = await addBook(graph, { Title: 'Note', Summary: summary });
    expect(note.body.fields?.['Summary']).toBe(summary);
  });

  it("honours a column's own shorter maxLength", async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    expect((await addBook(graph, { Title: 'Emma', Shelf: 's'.repeat(41) })).status).toBe(400);
  });

  it('refuses unknown columns, wrong types and values outside a choice with 400', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const unknown = await addBook(graph, { Title: 'Emma', Colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toContain('Colour');
    expect((await addBook(graph, { Title: 'Emma', Pages: '474' })).status).toBe(400);
    expect((await addBook(graph, { Title: 'Emma', Genre: 'poetry' })).status).toBe(400);
    expect((await addBook(graph, { Title: 'Emma', Genre: 'fiction' })).status).toBe(201);
    expect(
      (await graph.call('PATCH', `${BOOKS}/items/1/fields`, { body: { Created: '2018-01-01T00:00:00Z' } })).status,
    ).toBe(400);
  });

  it('stores an emptied text field as no value, as SharePoint does', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma', Shelf: 'A1' });
    const patched = await graph.call('PATCH', `${BOOKS}/items/1/fields`, { body: { Shelf: '' } });
    expect(patched.body).not.toHaveProperty('Shelf');
  });
});
