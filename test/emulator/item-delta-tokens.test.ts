import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDeltaTokens } from '../../src/emulator/graph/delta-token';
import { openDeltaTokenKey } from '../../src/emulator/persistence/delta-token-key';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { belowV1, idsOf, syncDelta } from './support/delta-sync';
import { SITE, type GraphClient } from './support/graph-client';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

/** What a delta token is to a client: opaque, durable, and answered with 410 once it cannot be honoured. */

const DELTA = `${BOOKS}/items/delta`;

async function books(graph: GraphClient, count: number): Promise<void> {
  await createBooks(graph);
  for (let n = 1; n <= count; n += 1) await addBook(graph, { Title: `Book ${n}` });
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe('a token the emulator cannot honour', () => {
  it('answers 410 resyncChangesApplyDifferences with a Location that starts a fresh enumeration', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const first = await syncDelta(graph, `${DELTA}?$top=2&expand=fields`);
    expect((await graph.control('POST', '/delta-tokens/expire')).status).toBe(204);

    const gone = await graph.call('GET', first.deltaLink);
    expect(gone.status).toBe(410);
    expect(gone.body.error?.code).toBe('resyncChangesApplyDifferences');
    const location = gone.headers.get('location') ?? '';
    expect(location).not.toContain('token=');
    expect(location).toContain('top=2');

    const again = await syncDelta(graph, location);
    expect(idsOf(again.entries).live).toEqual(['1', '2', '3']);
    expect(again.entries[0]?.fields?.['Title']).toBeDefined();
    expect((await graph.call('GET', again.deltaLink)).status).toBe(200);
  });

  it('expires nextLinks too, mid-enumeration', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 3);
    const page = await graph.call('GET', `${DELTA}?$top=1`);
    await graph.control('POST', '/delta-tokens/expire');
    expect((await graph.call('GET', String(page.body['@odata.nextLink']))).status).toBe(410);
  });

  it.each([
    ['a made-up token', () => 'bm90LWEtdG9rZW4'],
    ['the position written out by hand', () => Buffer.from('{"l":"x","s":0,"f":0,"t":0}').toString('base64url')],
  ])('refuses %s with 410', async (_name, token) => {
    const { graph } = await startTestEmulator();
    await books(graph, 1);
    const reply = await graph.call('GET', `${DELTA}?token=${token()}`);
    expect(reply.status).toBe(410);
    expect(reply.headers.get('location')).toMatch(/\/items\/delta$/);
  });

  it('refuses a token issued for another list', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 1);
    await graph.call('POST', `${SITE}/lists`, { body: { displayName: 'Films', list: { template: 'genericList' } } });
    const books_ = await syncDelta(graph, DELTA);
    const reply = await graph.call('GET', `${SITE}/lists/Films/items/delta?token=${tokenOf(books_.deltaLink)}`);
    expect(reply.status).toBe(410);
  });

  it('is opaque: the list and the position cannot be read from it', async () => {
    const { graph } = await startTestEmulator();
    await books(graph, 1);
    const lists = await graph.call('GET', `${SITE}/lists`);
    const listId = String(lists.body.value?.find((l) => l.displayName === 'Books')?.id);
    const { deltaLink } = await syncDelta(graph, DELTA);
    const token = tokenOf(deltaLink);
    expect(token).not.toContain(listId);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain(listId);
  });
});

describe('across a restart', () => {
  it('keeps honouring tokens, from the journal and then from the snapshot', async () => {
    const first = await startTestEmulator();
    await books(first.graph, 2);
    let { deltaLink } = await syncDelta(first.graph, DELTA);
    await first.emulator.close();
    for (const round of [3, 4]) {
      const again = await startTestEmulator({ dataDir: first.dataDir });
      await addBook(again.graph, { Title: `Book ${round}` });
      const changes = await syncDelta(again.graph, belowV1(deltaLink));
      expect(idsOf(changes.entries).live).toEqual([String(round)]);
      deltaLink = changes.deltaLink;
      await again.emulator.close();
    }
  });

  it('keeps tokens expired once expired', async () => {
    const first = await startTestEmulator();
    await books(first.graph, 1);
    const { deltaLink } = await syncDelta(first.graph, DELTA);
    await first.graph.control('POST', '/delta-tokens/expire');
    await first.emulator.close();
    const again = await startTestEmulator({ dataDir: first.dataDir });
    expect((await again.graph.call('GET', belowV1(deltaLink))).status).toBe(410);
  });
});

describe('token lifetime', () => {
  it('stops honouring a token once it is older than the lifetime', () => {
    const dataDir = tempDataDir();
    try {
      let now = 1_000_000;
      const tokens = createDeltaTokens(openDeltaTokenKey(dataDir), 60_000, () => now);
      const token = tokens.issue({ listId: 'list', cursor: { seq: 4 }, floor: 0 });
      now += 60_000;
      expect(tokens.open(token, 'list')).toEqual({ listId: 'list', cursor: { seq: 4 }, floor: 0 });
      expect(tokens.open(token, 'other')).toBeNull();
      now += 1;
      expect(tokens.open(token, 'list')).toBeNull();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
