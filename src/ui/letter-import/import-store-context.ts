import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LetterImportState } from '../../state/letter-import/state';
import { useStore } from '../common/use-store';

export const ImportStoreContext = createContext<StoreApi<LetterImportState> | null>(null);

export function useImportStore(): StoreApi<LetterImportState> {
  const store = useContext(ImportStoreContext);
  if (!store) throw new Error('useImportStore needs an ImportStoreContext provider');
  return store;
}

/** Reads a slice of the import's state; re-renders only when that slice changes. */
export function useImport<T>(selector: (state: LetterImportState) => T): T {
  return useStore(useImportStore(), selector);
}
