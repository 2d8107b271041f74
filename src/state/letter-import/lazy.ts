import type { StoreApi } from 'zustand/vanilla';
import type { LetterImportState } from './state';
import type { LetterImportDeps } from './store';

export interface LetterImportSetup extends Omit<LetterImportDeps, 'parse' | 'storage'> {
  /** Web Storage to keep the draft in across reloads; null keeps it in memory only. */
  readonly webStorage: Storage | null;
}

async function load(setup: LetterImportSetup): Promise<StoreApi<LetterImportState>> {
  const [{ createLetterImportStore }, { parseFindingsLetter }, storage] = await Promise.all([
    import(/* webpackChunkName: "letter-import" */ './store'),
    import(/* webpackChunkName: "letter-import" */ '../../domain/letter/parse-letter'),
    import(/* webpackChunkName: "letter-import" */ './draft-storage'),
  ]);
  const { webStorage, ...deps } = setup;
  return createLetterImportStore({
    ...deps,
    parse: parseFindingsLetter,
    storage: webStorage ? storage.webImportDraftStorage(webStorage, setup.user.id) : storage.memoryImportDraftStorage(),
  });
}

/**
 * The letter import store, built on first use: the parser and the store stay out of the first
 * view's bundle. One store per signed-in person; a failed load (a dropped connection while the
 * chunk was fetched) is tried again on the next call.
 */
export function lazyLetterImport(setup: LetterImportSetup): () => Promise<StoreApi<LetterImportState>> {
  let loading: Promise<StoreApi<LetterImportState>> | null = null;
  return () => {
    loading ??= load(setup).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
