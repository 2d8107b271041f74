import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import type { GraphClient } from './support/graph-client';
import { restrictItem } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** Graph's listItemVersion: every write leaves a version with the fields as they were. */

async function bookWithHistory(graph: GraphClient): Promise<void> {
  await createBooks(graph);
  await addBook(graph, { Title: 'Emma', Shelf: 'A' }, 'u-police-owner');
  await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as: 'u-health-owner', body: { Shelf: 'B' } });
  await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as: 'u-dcs', body: { Shelf: '', Pages: 474 } });
}

describe('item versions', () => {
  it('lists the versions newest first, each with who made it, and the fields as they were on request', async () => {
    const { graph } = await startTestEmulator();
    await bookWithHistory(graph);
    const plain = await graph.call('GET', `${BOOKS}/items/1/versions`);
    expect(plain.status).toBe(200);
    expect(plain.body.value?.map((v) => [v.id, v.lastModifiedBy?.user.id])).toEqual([
      ['3.0', 'u-dcs'],
      ['2.0', 'u-health-owner'],
      ['1.0', 'u-police-owner'],
    ]);
    expect(plain.body.value?.[0]).not.toHaveProperty('fields');
    const times = plain.body.value?.map((v) => String(v['lastModifiedDateTime'])) ?? [];
    expect([...times].sort().reverse()).toEqual(times);

    const expanded = await graph.call('GET', `${BOOKS}/items/1/versions?$expand=fields`);
    const fields = expanded.body.value?.map((v) => v.fields);
    expect(fields?.map((f) => [f?.['Shelf'], f?.['Pages']])).toEqual([
      [undefined, 474],
      ['B', undefined],
      ['A', undefined],
    ]);
    expect(fields?.[2]).toMatchObject({ Title: 'Emma', Modified: times[2] });
    expect(fields?.[0]).not.toHaveProperty('@odata.etag');
  });

  it('gets one version by id, with expand=fields(select=…)', async () => {
    const { graph } = await startTestEmulator();
    await bookWithHistory(graph);
    const second = await graph.call('GET', `${BOOKS}/items/1/versions/2.0?expand=fields(select=Shelf)`);
    expect(second.body).toMatchObject({ id: '2.0', lastModifiedBy: { user: { id: 'u-health-owner' } } });
    expect(second.body.fields).toEqual({ Shelf: 'B' });
    expect((await graph.call('GET', `${BOOKS}/items/1/versions/9.0`)).status).toBe(404);
  });

  it('keeps the most recent 50 and deletes them with the item', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Busy' });
    for (let n = 1; n <= 52; n += 1) {
      await graph.call('PATCH', `${BOOKS}/items/1/fields`, { body: { Pages: n } });
    }
    const versions = (await graph.call('GET', `${BOOKS}/items/1/versions`)).body.value ?? [];
    expect(versions).toHaveLength(50);
    expect([versions[0]?.id, versions[49]?.id]).toEqual(['53.0', '4.0']);
    expect((await graph.call('GET', `${BOOKS}/items/1/versions/3.0`)).status).toBe(404);
    await graph.call('DELETE', `${BOOKS}/items/1`);
    expect((await graph.call('GET', `${BOOKS}/items/1/versions`)).status).toBe(404);
  });

  it('answers 404 for the versions of an item the caller cannot view', async () => {
    const { graph } = await startTestEmulator();
    await bookWithHistory(graph);
    await restrictItem(graph, 1);
    expect((await graph.call('GET', `${BOOKS}/items/1/versions`, { as: 'u-police-owner' })).status).toBe(404);
    expect((await graph.call('GET', `${BOOKS}/items/1/versions/1.0`, { as: 'u-police-owner' })).status).toBe(404);
  });

  it('keeps versions over a restart from the journal, then from the snapshot', async () => {
    const first = await startTestEmulator();
    await bookWithHistory(first.graph);
    const before = await first.graph.call('GET', `${BOOKS}/items/1/versions?expand=fields`);
    await first.emulator.close();
    for (const _round of [1, 2]) {
      const again = await startTestEmulator({ dataDir: first.dataDir });
      const after = await again.graph.call('GET', `${BOOKS}/items/1/versions?expand=fields`);
      expect(after.body).toEqual(before.body);
      await again.emulator.close();
    }
  });
});
