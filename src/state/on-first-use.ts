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
