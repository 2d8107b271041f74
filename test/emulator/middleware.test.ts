import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulatorHandler, type EmulatorMiddleware } from '../../src/emulator/start-emulator';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { graphClient } from './support/graph-client';
import { tempDataDir } from './support/test-emulator';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A stand-in for the dev server: the emulator mounted under /graph, everything else its own. */
async function devServer(): Promise<{ origin: string; emulator: EmulatorMiddleware }> {
  const dataDir = tempDataDir();
  const emulator = createEmulatorHandler({ basePath: '/graph', dataDir, seed: false });
  const server = http.createServer((req, res) => emulator(req, res, () => res.writeHead(200).end('the app')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  await emulator.ready;
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, emulator };
}

describe('the emulator as dev-server middleware', () => {
  it('serves Graph under its base path and passes every other request on', async () => {
    const { origin } = await devServer();
    const graph = graphClient(`${origin}/graph`);
    expect((await graph.call('GET', '/me', { as: 'u-lead-member' })).body.displayName).toBe('Cllr Grace Adeyemi');
    expect((await graph.control('GET', '/health')).body).toEqual({ ok: true });
    expect(await (await fetch(`${origin}/index.html`)).text()).toBe('the app');
    expect(await (await fetch(`${origin}/v1.0/me`)).text()).toBe('the app');
  });

  it('gives nextLinks that lead back through the mount', async () => {
    const { origin } = await devServer();
    const graph = graphClient(`${origin}/graph`);
    await createBooks(graph);
    await addBook(graph, { Title: 'One' });
    await addBook(graph, { Title: 'Two' });
    const page = await graph.call('GET', `${BOOKS}/items?$top=1`);
    const next = String(page.body['@odata.nextLink']);
    expect(next.startsWith(`${origin}/graph/v1.0/`)).toBe(true);
    expect((await graph.call('GET', next)).body.value?.[0]?.id).toBe('2');
  });

  it('serves its own origin only: a preflight from another page is granted nothing', async () => {
    const { origin } = await devServer();
    const reply = await fetch(`${origin}/graph/v1.0/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    expect(reply.headers.get('access-control-allow-headers')).toBeNull();
  });
});
