import { describe, expect, it } from 'vitest';
import { NOT_LOADED, lazyMethods, onFirstUse } from '../../src/state/on-first-use';
import type { Outcome } from '../../src/state/outcome';

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
      { greet: 'throws', count: 'throws' },
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
      { count: 'throws' },
    );
    await expect(greeter.count()).rejects.toThrow('Failed to fetch');
    await expect(greeter.count()).resolves.toBe(7);
  });

  it('answers a command that can fail with a failed outcome saying why, and loads again on the next call', async () => {
    type Saved = Outcome<{ readonly status: 'saved' }>;
    let tries = 0;
    const saver = lazyMethods<{ save(text: string): Promise<Saved> }>(
      async () => {
        if (++tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { save: async () => ({ status: 'saved' }) };
      },
      { save: 'outcome' },
    );
    const dropped = await saver.save('A finding');
    expect(dropped).toEqual({ status: 'failed', message: NOT_LOADED.message });
    expect(dropped.status === 'failed' && dropped.message).toMatch(/Nothing was changed: check the connection/);
    await expect(saver.save('A finding')).resolves.toEqual({ status: 'saved' });
  });

  it('lets only a command whose outcomes include failed answer a failed load with an outcome', () => {
    const load = async () => ({ count: async () => 7 });
    // @ts-expect-error a count is no outcome: its caller must hear of the failed load as an error.
    lazyMethods<{ count(): Promise<number> }>(load, { count: 'outcome' });
    expect(lazyMethods<{ count(): Promise<number> }>(load, { count: 'throws' })).toHaveProperty('count');
  });
});
