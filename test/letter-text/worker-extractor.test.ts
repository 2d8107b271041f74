import { describe, expect, it } from 'vitest';
import { ok } from '../../src/domain/result';
import type { LetterFile } from '../../src/letter-text/extract-letter-text';
import { workerExtractor } from '../../src/letter-text/worker-extractor';
import { fakeWorkers, manualTimer } from './helpers/fake-extraction-worker';

const letter = (): LetterFile => ({ name: 'letter.pdf', data: new ArrayBuffer(16) });

function setUp() {
  const workers = fakeWorkers();
  const timer = manualTimer();
  const extract = workerExtractor({ createWorker: workers.createWorker, startTimer: timer.startTimer });
  return { workers, timer, extract };
}

describe('reading a letter in a worker', () => {
  it('hands the file over, passes on page progress, and ends the worker with the result', async () => {
    const { workers, timer, extract } = setUp();
    const pages: Array<[number, number]> = [];
    const reading = extract(letter(), (page, count) => pages.push([page, count]));
    const worker = workers.latest();
    expect(worker.received.map((f) => f.name)).toEqual(['letter.pdf']);
    worker.reply({ type: 'progress', pageIndex: 0, pageCount: 2 });
    worker.reply({ type: 'progress', pageIndex: 1, pageCount: 2 });
    worker.reply({ type: 'done', result: ok({ kind: 'pdf', text: 'Dear partnership' }) });
    await expect(reading).resolves.toEqual(ok({ kind: 'pdf', text: 'Dear partnership' }));
    expect(pages).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(worker.terminated).toBe(true);
    expect(timer.running()).toBe(false);
  });

  it('stops the worker when the time limit passes, and says the file took too long', async () => {
    const { workers, timer, extract } = setUp();
    const reading = extract(letter(), () => undefined);
    expect(timer.limitMs()).toBe(60_000);
    timer.expire();
    const result = await reading;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LETTER.TIMED_OUT',
        message:
          'Reading this file took longer than 60 seconds, so it was stopped; a findings letter takes a few seconds. Check it is the right file, or paste the letter’s text instead.',
      },
    });
    expect(workers.latest().terminated).toBe(true);
  });

  it('stops the worker at once when the read is cancelled', async () => {
    const { workers, timer, extract } = setUp();
    const cancel = new AbortController();
    const reading = extract(letter(), () => undefined, cancel.signal);
    cancel.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    const worker = workers.latest();
    expect(worker.terminated).toBe(true);
    expect(timer.running()).toBe(false);
  });

  it('starts no worker for a read cancelled before it began', async () => {
    const { workers, extract } = setUp();
    const cancel = new AbortController();
    cancel.abort();
    await expect(extract(letter(), () => undefined, cancel.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made).toHaveLength(0);
  });

  it('turns a worker that crashes or throws into an error, and ends it', async () => {
    const { workers, extract } = setUp();
    const crashed = extract(letter(), () => undefined);
    workers.latest().crash('out of memory');
    await expect(crashed).rejects.toThrow('out of memory');
    expect(workers.latest().terminated).toBe(true);

    const threw = extract(letter(), () => undefined);
    workers.latest().reply({ type: 'failed', message: 'pdf.js failed to load' });
    await expect(threw).rejects.toThrow('pdf.js failed to load');
  });

  it('ignores messages that are not replies, such as pdf.js announcing itself', async () => {
    const { workers, extract } = setUp();
    const reading = extract(letter(), () => undefined);
    const worker = workers.latest();
    worker.onmessage?.({ data: { sourceName: 'worker', targetName: 'main', action: 'ready' } } as never);
    worker.reply({ type: 'done', result: ok({ kind: 'pdf', text: 'Dear partnership' }) });
    await expect(reading).resolves.toEqual(ok({ kind: 'pdf', text: 'Dear partnership' }));
  });

  it('uses a fresh worker for every file', async () => {
    const { workers, extract } = setUp();
    const first = extract(letter(), () => undefined);
    workers.latest().reply({ type: 'done', result: ok({ kind: 'text', text: 'one' }) });
    await first;
    const second = extract(letter(), () => undefined);
    workers.latest().reply({ type: 'done', result: ok({ kind: 'text', text: 'two' }) });
    await expect(second).resolves.toEqual(ok({ kind: 'text', text: 'two' }));
    expect(workers.made).toHaveLength(2);
  });
});
