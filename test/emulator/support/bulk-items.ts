import { randomUUID } from 'node:crypto';
import type { FieldValues } from '../../../src/emulator/model/list-model';
import type { Mutation } from '../../../src/emulator/model/mutation';
import { openDurableSite } from '../../../src/emulator/persistence/durable-site';

/** Items to add to one list, by its display name. */
export interface BulkItems {
  readonly list: string;
  readonly fields: readonly FieldValues[];
  /** The persona SharePoint stamps as author (default the DCS, a site owner). */
  readonly authorId?: string;
  /** When SharePoint stamps them created and last modified, as an ISO instant (default now). */
  readonly at?: string;
}

/**
 * Writes many items straight into a stopped emulator's data directory with one fsync, as if each had
 * been added by its author now (or at the batch's `at`): the fast way to give a test a site of tens of thousands of items.
 * Start the emulator over the directory afterwards; it reads them as it reads any stored site.
 */
export function addItemsToStoredSite(dataDir: string, batches: readonly BulkItems[]): void {
  const site = openDurableSite(dataDir, { compactEvery: Number.MAX_SAFE_INTEGER });
  try {
    const now = new Date().toISOString();
    const mutations: Mutation[] = [];
    for (const batch of batches) {
      const list = site.state.lists.find((l) => l.displayName === batch.list);
      if (!list) throw new Error(`No list called ${batch.list} in ${dataDir}`);
      const author = batch.authorId ?? 'u-dcs';
      const at = batch.at ?? now;
      const firstId =
        list.nextItemId + mutations.filter((m) => m.type === 'item-created' && m.listId === list.id).length;
      batch.fields.forEach((fields, i) =>
        mutations.push({
          type: 'item-created',
          listId: list.id,
          item: {
            id: firstId + i,
            uid: randomUUID(),
            version: 1,
            created: at,
            modified: at,
            authorId: author,
            editorId: author,
            fields: withoutEmptyValues(fields),
          },
        }),
      );
    }
    site.commitAll(mutations);
    site.compact();
  } finally {
    site.close();
  }
}

/** SharePoint keeps no empty values: an empty text or a null is absent from the item. */
function withoutEmptyValues(fields: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== ''));
}
