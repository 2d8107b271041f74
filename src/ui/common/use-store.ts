import { useStore as useZustandStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

/** Reads a slice of a vanilla store; re-renders only when that slice changes. */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useZustandStore(store, selector);
}

/**
 * Reads several fields of a vanilla store at once; re-renders only when one of them changes
 * (zustand's `useShallow` compares the picked fields one by one).
 */
export function usePick<S, K extends keyof S>(store: StoreApi<S>, ...keys: readonly K[]): Pick<S, K> {
  return useZustandStore(
    store,
    useShallow((state: S) => {
      const picked = {} as Pick<S, K>;
      for (const key of keys) picked[key] = state[key];
      return picked;
    }),
  );
}
