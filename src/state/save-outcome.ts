import type { Action } from '../domain/action';
import type { ActionErrors } from '../domain/action-rules';

/** What became of a save, for the UI to explain. */
export type SaveOutcome =
  | { readonly status: 'saved'; readonly action: Action }
  | { readonly status: 'invalid'; readonly errors: ActionErrors }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'conflict'; readonly mine: Action; readonly theirs: Action }
  | { readonly status: 'pending'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };
