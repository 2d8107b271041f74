import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { SITE } from './support/graph-client';
import { GROUP, restrictItem, ROLE } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

const post = (n: number) => ({
  id: String(n),
  method: 'POST',
  url: `${BOOKS}/items`,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Title: `Book ${n}` } },
});

describe('$batch', () => {
  it('runs a batch of 20 requests, each with its own status and body', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const requests = Array.from({ length: 20 }, (_, i) => post(i + 1));
    const reply = await graph.call('POST', '/$batch', { as: 'u-health-owner', body: { requests } });
    expect(reply.status).toBe(200);
    expect(reply.body.responses).toHaveLength(20);
    expect(reply.body.responses?.every((r) => r.status === 201)).toBe(true);
    expect(reply.body.responses?.[19]?.body?.createdBy?.user.id).toBe('u-health-owner');
    const items = await graph.call('GET', `${BOOKS}/items?$top=50`);
    expect(items.body.value).toHaveLength(20);
  });

  it('refuses a batch of 21 requests with 400 BadRequest and runs none of them', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const requests = Array.from({ length: 21 }, (_, i) => post(i + 1));
    const reply = await graph.call('POST', '/$batch', { body: { requests } });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('BadRequest');
    expect(reply.body.error?.message).toContain('limit of 20');
    expect((await graph.call('GET', `${BOOKS}/items`)).body.value).toEqual([]);
  });

  it('reports a 412 and a 403 in their own sub-responses without failing the others', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma' });
    await addBook(graph, { Title: 'Persuasion' });
    await restrictItem(graph, 2, [[GROUP.members, ROLE.read]]);
    const patch = (id: string, n: number, headers: Record<string, string> = {}) => ({
      id,
      method: 'PATCH',
      url: `${BOOKS}/items/${n}/fields`,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: { Shelf: id },
    });
    const reply = await graph.call('POST', '/$batch', {
      as: 'u-police-owner',
      body: {
        requests: [
          patch('stale', 1, { 'If-Match': '"00000000-0000-0000-0000-000000000000,9"' }),
          patch('readOnly', 2),
          patch('mine', 1),
          { id: 'read', method: 'GET', url: `${BOOKS}/items/1?expand=fields(select=Shelf)` },
        ],
      },
    });
    const status = Object.fromEntries((reply.body.responses ?? []).map((r) => [r.id, r.status]));
    expect(status).toEqual({ stale: 412, readOnly: 403, mine: 200, read: 200 });
    expect(reply.body.responses?.find((r) => r.id === 'read')?.body?.fields?.['Shelf']).toBe('mine');
  });

  it('answers 424 for a request whose dependency failed', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const reply = await graph.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: `${BOOKS}/items/404` },
          { ...post(2), dependsOn: ['1'] },
        ],
      },
    });
    expect(reply.body.responses?.map((r) => r.status)).toEqual([404, 424]);
  });

  it('accepts urls with or without a leading slash and follows paths by list title', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma' });
    const reply = await graph.call('POST', '/$batch', {
      body: { requests: [{ id: 'a', method: 'GET', url: `${SITE.slice(1)}/lists/Books/items/1?expand=fields` }] },
    });
    expect(reply.body.responses?.[0]?.body?.fields?.['Title']).toBe('Emma');
  });

  it('refuses a write sub-request without a Content-Type header, as Graph does', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    const { headers: _headers, ...bare } = post(1);
    const reply = await graph.call('POST', '/$batch', { body: { requests: [bare] } });
    expect(reply.status).toBe(400);
  });

  it('needs a token like any Graph call', async () => {
    const { graph } = await startTestEmulator();
    expect((await graph.call('POST', '/$batch', { as: null, body: { requests: [] } })).status).toBe(401);
  });
});
