import type { AgencyKey } from '../agency';
import type { FindingType } from '../finding';
import type { FindingId } from '../ids';
import type { DraftItem, DraftMetadata, ImportDraft } from './import-draft';
import {
  addItem,
  changeType,
  deleteItem,
  editSubItems,
  editText,
  mergeWithNext,
  moveItem,
  splitItem,
  toggleAgency,
} from './item-operations';

/** Every change a person makes while reviewing an import, as a named event. */
export type ReviewEvent =
  | { readonly type: 'set-metadata'; readonly patch: Partial<DraftMetadata> }
  | { readonly type: 'edit-text'; readonly id: FindingId; readonly text: string }
  | { readonly type: 'edit-sub-items'; readonly id: FindingId; readonly subItems: readonly string[] }
  | { readonly type: 'change-type'; readonly id: FindingId; readonly itemType: FindingType }
  | { readonly type: 'toggle-agency'; readonly id: FindingId; readonly agency: AgencyKey }
  | { readonly type: 'merge-with-next'; readonly id: FindingId }
  | { readonly type: 'split'; readonly id: FindingId; readonly at: number; readonly newId: FindingId }
  | { readonly type: 'delete'; readonly id: FindingId }
  | {
      readonly type: 'add';
      readonly newId: FindingId;
      readonly itemType: FindingType;
      readonly after: FindingId | null;
    }
  | { readonly type: 'move'; readonly id: FindingId; readonly direction: 'up' | 'down' };

function reviewItems(items: readonly DraftItem[], event: Exclude<ReviewEvent, { type: 'set-metadata' }>) {
  switch (event.type) {
    case 'edit-text':
      return editText(items, event.id, event.text);
    case 'edit-sub-items':
      return editSubItems(items, event.id, event.subItems);
    case 'change-type':
      return changeType(items, event.id, event.itemType);
    case 'toggle-agency':
      return toggleAgency(items, event.id, event.agency);
    case 'merge-with-next':
      return mergeWithNext(items, event.id);
    case 'split':
      return splitItem(items, event.id, event.at, event.newId);
    case 'delete':
      return deleteItem(items, event.id);
    case 'add':
      return addItem(items, event.newId, event.itemType, event.after);
    case 'move':
      return moveItem(items, event.id, event.direction);
  }
}

/** The draft after one review event; the same object when the event changes nothing. */
export function reviewDraft(draft: ImportDraft, event: ReviewEvent): ImportDraft {
  if (event.type === 'set-metadata') return { ...draft, metadata: { ...draft.metadata, ...event.patch } };
  const items = reviewItems(draft.items, event);
  return items === draft.items ? draft : { ...draft, items };
}
