import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { SETTINGS_LIST } from '../../src/data/sharepoint/site-settings-schema';
import { JOURNAL_FILE, SNAPSHOT_FILE } from '../../src/emulator/persistence/durable-site';
import { startEmulator } from '../../src/emulator/start-emulator';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { spawnEmulator } from './support/emulator-process';
import { graphClient, SITE, type GraphClient } from './support/graph-client';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

const dirs: string[] = [];
const freshDir = () => {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function titlesIn(graph: GraphClient): Promise<unknown[]> {
  const reply = await graph.call('GET', `${BOOKS}/items?expand=fields&$top=5000`);
  return (reply.body.value ?? []).map((item) => item.fields?.['Title']);
}

describe('surviving kill -9', { timeout: 60_000 }, () => {
  it('keeps every acknowledged write: creates, changes and deletes', async () => {
    const dataDir = freshDir();
    const first = await spawnEmulator(dataDir, ['--no-seed']);
    const graph = graphClient(first.url);
    await createBooks(graph);
    for (let n = 1; n <= 12; n += 1) await addBook(graph, { Title: `Book ${n}` });
    await graph.call('PATCH', `${BOOKS}/items/3/fields`, { body: { Shelf: 'changed' } });
    const lastWrite = await graph.call('DELETE', `${BOOKS}/items/5`);
    expect(lastWrite.status).toBe(204);
    await first.killHard();

    const second = await spawnEmulator(dataDir, ['--no-seed']);
    const after = graphClient(second.url);
    expect(await titlesIn(after)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].map((n) => `Book ${n}`));
    expect((await after.call('GET', `${BOOKS}/items/3?expand=fields`)).body.fields?.['Shelf']).toBe('changed');
    const versions = await after.call('GET', `${BOOKS}/items/3/versions?expand=fields`);
    expect(versions.body.value?.map((v) => [v.id, v.fields?.['Shelf']])).toEqual([
      ['2.0', 'changed'],
      ['1.0', undefined],
    ]);
    expect((await addBook(after, { Title: 'Next' })).body.id).toBe('13');
  });

  it('keeps every write acknowledged before a kill in the middle of a burst', async () => {
    const dataDir = freshDir();
    const first = await spawnEmulator(dataDir, ['--no-seed']);
    const graph = graphClient(first.url);
    await createBooks(graph);
    const acknowledged: string[] = [];
    let killed: Promise<void> | undefined;
    const writes = Array.from({ length: 40 }, (_, i) =>
      addBook(graph, { Title: `Burst ${i}` }).then(
        (reply) => {
          if (reply.status === 201) acknowledged.push(`Burst ${i}`);
          if (acknowledged.length === 15) killed ??= first.killHard();
        },
        () => undefined,
      ),
    );
    await Promise.all(writes);
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);

    const second = await spawnEmulator(dataDir, ['--no-seed']);
    const survivors = await titlesIn(graphClient(second.url));
    expect(survivors).toEqual(expect.arrayContaining(acknowledged));
  });
});

describe('the journal', () => {
  it('ignores a torn last line left by a crash and keeps appending after it', async () => {
    const dataDir = freshDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    for (const title of ['One', 'Two', 'Three']) await addBook(first.graph, { Title: title });
    await first.emulator.close();
    // A restart folds the journal into the snapshot, so the torn line is all the journal holds.
    await (await startTestEmulator({ dataDir })).emulator.close();
    fs.appendFileSync(path.join(dataDir, JOURNAL_FILE), '{"seq":99,"mutation":{"type":"item-created","listId":"');

    const second = await startTestEmulator({ dataDir });
    expect(await titlesIn(second.graph)).toEqual(['One', 'Two', 'Three']);
    await addBook(second.graph, { Title: 'Four' });
    await second.emulator.close();

    const third = await startTestEmulator({ dataDir });
    expect(await titlesIn(third.graph)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('refuses to start on a journal with an unreadable line in the middle', async () => {
    const dataDir = freshDir();
    fs.writeFileSync(
      path.join(dataDir, JOURNAL_FILE),
      ['{"seq":1,"mutation":{"type":"site-wiped"}}', 'garbage', '{"seq":2,"mutation":{"type":"site-wiped"}}', ''].join(
        '\n',
      ),
    );
    await expect(startEmulator({ port: 0, dataDir, seed: false })).rejects.toThrow(/damaged at byte 43/);
  });

  it('refuses a complete record whose bytes were damaged, naming the file, the byte and how to recover', async () => {
    const dataDir = freshDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    await first.emulator.close();
    await (await startTestEmulator({ dataDir })).emulator.close();
    const second = await startTestEmulator({ dataDir });
    for (const title of ['One', 'Two']) await addBook(second.graph, { Title: title });
    await second.emulator.close();
    const file = path.join(dataDir, JOURNAL_FILE);
    const journal = fs.readFileSync(file, 'utf8');
    expect(journal.split('\n').filter(Boolean)).toHaveLength(2);
    // One letter changed inside the first record: still valid JSON, still newline-terminated.
    fs.writeFileSync(file, journal.replace('"One"', '"Ome"'));

    const refused = startEmulator({ port: 0, dataDir, seed: false });
    await expect(refused).rejects.toThrow(`${file} is damaged at byte 0`);
    await expect(refused).rejects.toThrow(/restore the data directory from a backup/);
    // The reset it suggests starts afresh.
    const reset = await startEmulator({ port: 0, dataDir, seed: false, reset: true });
    await reset.close();
  });

  it('says which snapshot is cut short, and how to recover, instead of a bare JSON error', async () => {
    const dataDir = freshDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    await first.emulator.close();
    await (await startTestEmulator({ dataDir })).emulator.close();
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const snapshot = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, snapshot.slice(0, Math.floor(snapshot.length / 2)));
    await expect(startEmulator({ port: 0, dataDir, seed: false })).rejects.toThrow(
      new RegExp(`${file.replace(/[/.]/g, '\\$&')} cannot be read, it is damaged or cut short`),
    );
    const reset = await startEmulator({ port: 0, dataDir, seed: false, reset: true });
    await reset.close();
  });

  it('does not apply a change twice when a crash left the journal behind a newer snapshot', async () => {
    const dataDir = freshDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    for (const title of ['One', 'Two']) await addBook(first.graph, { Title: title });
    await first.emulator.close();
    const journal = fs.readFileSync(path.join(dataDir, JOURNAL_FILE));
    const second = await startTestEmulator({ dataDir });
    await second.emulator.close();
    // As if the last start crashed after writing the snapshot but before emptying the journal.
    fs.writeFileSync(path.join(dataDir, JOURNAL_FILE), journal);

    const third = await startTestEmulator({ dataDir });
    expect(await titlesIn(third.graph)).toEqual(['One', 'Two']);
    expect((await third.graph.call('GET', `${SITE}/lists`)).body.value).toHaveLength(1);
  });

  it('never reuses an item id, even after a restart', async () => {
    const dataDir = freshDir();
    const first = await startTestEmulator({ dataDir });
    await createBooks(first.graph);
    await addBook(first.graph, { Title: 'One' });
    await addBook(first.graph, { Title: 'Two' });
    await first.graph.call('DELETE', `${BOOKS}/items/2`);
    await first.emulator.close();
    const second = await startTestEmulator({ dataDir });
    expect((await addBook(second.graph, { Title: 'Three' })).body.id).toBe('3');
  });

  it('refuses a second emulator on a data directory that is in use', async () => {
    const { dataDir } = await startTestEmulator();
    await expect(startEmulator({ port: 0, dataDir, seed: false })).rejects.toThrow(/in use/);
  });
});

describe('--reset', { timeout: 60_000 }, () => {
  it('wipes the data directory and seeds the demo plan again', async () => {
    const dataDir = freshDir();
    const first = await spawnEmulator(dataDir, ['--no-seed']);
    await createBooks(graphClient(first.url));
    await first.killHard();

    const reset = await spawnEmulator(dataDir, ['--reset']);
    const graph = graphClient(reset.url);
    const lists = await graph.call('GET', `${SITE}/lists`);
    expect(lists.body.value?.map((l) => l.displayName).sort()).toEqual(
      [...Object.values(LISTS), SETTINGS_LIST].map((l) => l.displayName).sort(),
    );
    const plans = await graph.call(
      'GET',
      `${SITE}/lists/${encodeURIComponent(LISTS.plans.displayName)}/items?expand=fields`,
    );
    expect(plans.body.value?.map((p) => p.fields?.['PlanId'])).toEqual(['plan-haringey-2018']);
  });
});
