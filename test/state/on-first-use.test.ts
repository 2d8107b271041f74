import { describe, expect, it } from 'vitest';
import { lazyMethods, onFirstUse } from '../../src/state/on-first-use';

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

describe('commands whose code loads on first use', () => {
  interface Greeter {
    greet(name: string): Promise<string>;
    count(): Promise<number>;
  }

  it('loads nothing until a command is called, then loads once and passes each call its arguments', async () => {
    let loads = 0;
    let greeted = 0;
    const greeter = lazyMethods<Greeter>(
      async () => {
        loads += 1;
        return { greet: async (name) => `Hello ${name} (${++greeted})`, count: async () => greeted };
      },
      { greet: true, count: true },
    );
    expect(loads).toBe(0);
    expect(await Promise.all([greeter.greet('Amara'), greeter.greet('Sarah')])).toEqual([
      'Hello Amara (1)',
      'Hello Sarah (2)',
    ]);
    expect(await greeter.count()).toBe(2);
    expect(loads).toBe(1);
  });

  it('tries the load again on the next call after it failed', async () => {
    let tries = 0;
    const greeter = lazyMethods<Pick<Greeter, 'count'>>(
      async () => {
        if (++tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { count: async () => 7 };
      },
      { count: true },
    );
    await expect(greeter.count()).rejects.toThrow('Failed to fetch');
    await expect(greeter.count()).resolves.toBe(7);
  });
});
