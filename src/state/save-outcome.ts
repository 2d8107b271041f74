import type { Action } from '../domain/action';
import type { EditableActionField } from '../domain/action-diff';
import type { ActionErrors } from '../domain/action-rules';
import type { ThreeWayMerge } from '../domain/merge/three-way-merge';
import type { Outcome } from './outcome';

/** What became of a save, for the UI to explain. */
export type SaveOutcome = Outcome<
  { readonly status: 'saved'; readonly action: Action },
  | { readonly status: 'invalid'; readonly errors: ActionErrors }
  | {
      readonly status: 'conflict';
      /** What the person saved, what is stored now, and what both started from. */
      readonly mine: Action;
      readonly theirs: Action;
      readonly base: Action;
      /** Who made the stored change, as SharePoint recorded them (absent when it does not say). */
      readonly theirsBy?: string;
      /** Everything decided but the fields in `merge.conflicts`, which are the person's choice. */
      readonly merge: ThreeWayMerge<Action, EditableActionField>;
    }
  /** Kept on this device, to be sent when SharePoint can be reached. */
  | { readonly status: 'pending'; readonly message: string }
>;
