import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { SITE } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('injected throttling', () => {
  it('answers 429 with Retry-After for the next N requests, then succeeds', async () => {
    const { graph } = await startTestEmulator();
    await graph.control('POST', '/faults', { failNext: { status: 429, count: 2, retryAfterSeconds: 7 } });
    const first = await graph.call('GET', `${SITE}/lists`);
    const second = await graph.call('GET', `${SITE}/lists`);
    const third = await graph.call('GET', `${SITE}/lists`);
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body.error?.code).toBe('TooManyRequests');
  });

  it('answers 503 with Retry-After when asked to', async () => {
    const { graph } = await startTestEmulator();
    await graph.control('POST', '/faults', { failNext: { status: 503, count: 1 } });
    const reply = await graph.call('GET', '/me');
    expect(reply.status).toBe(503);
    expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await graph.call('GET', '/me')).status).toBe(200);
  });

  it('throttles the parts of a batch one by one inside a 200, as Graph does', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await graph.control('POST', '/faults', { failNext: { status: 429, count: 1, retryAfterSeconds: 3 } });
    const part = (id: string) => ({
      id,
      method: 'POST',
      url: `${BOOKS}/items`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: id } },
    });
    const reply = await graph.call('POST', '/$batch', { body: { requests: [part('a'), part('b')] } });
    expect(reply.status).toBe(200);
    expect(reply.body.responses?.map((r) => r.status)).toEqual([429, 201]);
    expect(reply.body.responses?.[0]?.headers['Retry-After']).toBe('3');
  });

  it('clears injected faults with DELETE /_emulator/faults', async () => {
    const { graph } = await startTestEmulator();
    await graph.control('POST', '/faults', { failNext: { status: 500, count: 5 } });
    expect((await graph.call('GET', '/me')).status).toBe(500);
    expect((await graph.control('DELETE', '/faults')).status).toBe(204);
    expect((await graph.call('GET', '/me')).status).toBe(200);
  });

  it('refuses fault settings it does not understand', async () => {
    const { graph } = await startTestEmulator();
    expect((await graph.control('POST', '/faults', { failNext: { status: 418, count: 1 } })).status).toBe(400);
  });
});

describe('injected latency', () => {
  it('delays Graph requests by the injected latency until the faults are cleared', async () => {
    const { graph } = await startTestEmulator();
    await graph.control('POST', '/faults', { latencyMs: 3000 });
    expect(await timed(() => graph.call('GET', '/me'))).toBeGreaterThanOrEqual(2990);
    await graph.control('DELETE', '/faults');
    // However busy the machine, an answer without the injected delay comes well inside it.
    expect(await timed(() => graph.call('GET', '/me'))).toBeLessThan(2990);
  });

  it('delays one request by its latency query parameter', async () => {
    const { graph } = await startTestEmulator();
    expect(await timed(() => graph.call('GET', '/me?latency=250'))).toBeGreaterThanOrEqual(240);
  });

  it('applies the latency the emulator was started with', async () => {
    const { graph } = await startTestEmulator({ latencyMs: 200 });
    expect(await timed(() => graph.call('GET', '/me'))).toBeGreaterThanOrEqual(190);
  });

  it('takes its starting latency from EMULATOR_LATENCY_MS when none is given', async () => {
    process.env['EMULATOR_LATENCY_MS'] = '200';
    try {
      const { graph } = await startTestEmulator();
      expect(await timed(() => graph.call('GET', '/me'))).toBeGreaterThanOrEqual(190);
    } finally {
      delete process.env['EMULATOR_LATENCY_MS'];
    }
  });
});

describe('dropped connections', () => {
  it('drops the connection after the write is applied, so the client never hears it succeeded', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await graph.control('POST', '/faults', { dropNext: 1 });
    await expect(addBook(graph, { Title: 'Lost reply' })).rejects.toThrow();
    const items = await graph.call('GET', `${BOOKS}/items?expand=fields`);
    expect(items.body.value?.map((i) => i.fields?.['Title'])).toEqual(['Lost reply']);
  });
});
