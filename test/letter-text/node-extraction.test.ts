import { describe, expect, it } from 'vitest';
import { extractLetterTextInThread } from '../../src/letter-text/node-extraction';
import { toArrayBuffer } from './helpers/node-buffer';

const letterFile = (text: string) => ({ name: 'letter.txt', data: toArrayBuffer(new TextEncoder().encode(text)) });

describe('reading a letter in a worker thread (the command line)', { timeout: 60_000 }, () => {
  it('reads the file in the thread and hands back its text', async () => {
    const extract = extractLetterTextInThread();
    const result = await extract(letterFile('Dear Westfold Safeguarding Partnership'), () => undefined);
    expect(result).toEqual({ ok: true, value: { kind: 'text', text: 'Dear Westfold Safeguarding Partnership' } });
  });

  it('stops a thread that has not answered when the time limit passes, and says why', async () => {
    const extract = extractLetterTextInThread({
      entry: new URL('./helpers/silent-thread.mjs', import.meta.url),
      timeLimitMs: 200,
    });
    const result = await extract(letterFile('Dear Westfold Safeguarding Partnership'), () => undefined);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'LETTER.TIMED_OUT', message: expect.stringContaining('took longer than 0.2 seconds') },
    });
  });
});
