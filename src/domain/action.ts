import type { ActionFieldKey, ActionValueOf } from './action-fields';

export {
  ACTION_STATUSES,
  ACTION_STATUS_META,
  STATUSES_NEEDING_REASON,
  isActionStatus,
  type ActionStatus,
  type EvidenceLink,
  type Milestone,
  type Rag,
} from './action-values';

/**
 * An action of the plan: one value for every field of `ACTION_FIELDS` (action-fields.ts), typed
 * by the field's kind.
 */
export type Action = { readonly [K in ActionFieldKey]: ActionValueOf<K> };
