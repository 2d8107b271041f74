import { useStore as useZustandStore, type StoreApi } from 'zustand';

/** Reads a slice of a vanilla store; re-renders only when that slice changes. */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useZustandStore(store, selector);
}
