import type { UserId } from '../../domain/ids';
import { decodeDraft, encodeDraft } from '../../domain/letter-import/draft-codec';
import type { ImportDraft } from '../../domain/letter-import/import-draft';

/** Where a half-reviewed import survives a reload: Web Storage in the browser, memory in tests. */
export interface ImportDraftStorage {
  load(): ImportDraft | null;
  /** False when the browser would not keep it (storage full or blocked). */
  save(draft: ImportDraft): boolean;
  clear(): void;
}

/** One draft per person, so a shared browser (or a demo persona switch) never mixes two imports. */
export const draftKeyFor = (userId: UserId) => `jtai.letter-import.${userId}`;

export function webImportDraftStorage(storage: Storage, userId: UserId): ImportDraftStorage {
  const key = draftKeyFor(userId);
  return {
    load() {
      try {
        return decodeDraft(storage.getItem(key));
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage.setItem(key, encodeDraft(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Storage that cannot be written cannot hold a stale draft either.
      }
    },
  };
}

/** Kept as encoded text, so tests exercise the same versioned round trip as the browser. */
export function memoryImportDraftStorage(): ImportDraftStorage {
  let stored: string | null = null;
  return {
    load: () => decodeDraft(stored),
    save: (draft) => {
      stored = encodeDraft(draft);
      return true;
    },
    clear: () => {
      stored = null;
    },
  };
}
