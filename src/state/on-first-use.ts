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

/**
 * An object's promise-returning methods, each loading the object on first use (see `onFirstUse`):
 * for commands whose code is a lazy chunk. `methods` names every method (a record keyed by them, so
 * the compiler says when one is missing).
 */
export function lazyMethods<T extends object>(load: () => Promise<T>, methods: { readonly [K in keyof T]: true }): T {
  const loaded = onFirstUse(load);
  const call =
    (name: keyof T) =>
    async (...args: unknown[]): Promise<unknown> => {
      const target = await loaded();
      return (target[name] as (...given: unknown[]) => Promise<unknown>)(...args);
    };
  return Object.fromEntries(Object.keys(methods).map((name) => [name, call(name as keyof T)])) as T;
}
