import type { CommandProblem, OutcomeVariant } from './outcome';

/**
 * Something loaded on first use (a lazy chunk) and kept: calls while it loads share the load, and a
 * failed load (a dropped connection) is tried again on the next call instead of failing for good.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** What a command whose code could not be loaded comes to: nothing was done, and why. */
export const NOT_LOADED: CommandProblem<'failed'> = {
  status: 'failed',
  message:
    'This could not be done because the app could not load what it needs from the network. Nothing was changed: check the connection, then try again.',
};

/**
 * How a lazy method meets a failed load: `outcome`, it resolves to `NOT_LOADED` (only for a command
 * whose outcomes include `failed`, as the compiler checks); `throws`, it rejects with the load's error.
 */
type OnLoadFailure<F> = F extends (...args: never[]) => Promise<infer O>
  ? O extends OutcomeVariant
    ? CommandProblem<'failed'> extends O
      ? 'outcome' | 'throws'
      : 'throws'
    : 'throws'
  : never;

/**
 * An object's promise-returning methods, each loading the object on first use (see `onFirstUse`):
 * for commands whose code is a lazy chunk. `methods` names every method (a record keyed by them, so
 * the compiler says when one is missing) with what it does when the chunk cannot be loaded.
 */
export function lazyMethods<T extends object>(
  load: () => Promise<T>,
  methods: { readonly [K in keyof T]: OnLoadFailure<T[K]> },
): T {
  const loaded = onFirstUse(load);
  const call =
    (name: keyof T, onFailure: 'outcome' | 'throws') =>
    async (...args: unknown[]): Promise<unknown> => {
      let target: T;
      try {
        target = await loaded();
      } catch (error) {
        if (onFailure === 'outcome') return NOT_LOADED;
        throw error;
      }
      return (target[name] as (...given: unknown[]) => Promise<unknown>)(...args);
    };
  return Object.fromEntries(
    (Object.entries(methods) as [keyof T, 'outcome' | 'throws'][]).map(([name, onFailure]) => [
      name,
      call(name, onFailure),
    ]),
  ) as T;
}
