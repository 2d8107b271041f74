import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../src/state/on-first-use';

describe('a chunk loaded on first use', () => {
  it('is loaded once, however many ask while it loads and after', async () => {
    let loads = 0;
    const load = onFirstUse(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  it('is tried again on the next call after a failed load, such as a dropped connection', async () => {
    let tries = 0;
    const load = onFirstUse(async () => {
      tries += 1;
      if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).resolves.toBe('loaded');
    expect(tries).toBe(2);
  });
});
