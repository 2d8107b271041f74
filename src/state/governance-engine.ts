/**
 * The governance reducer, its replay over the record, the signed content's hashing, and the checks
 * of who added each action, posted each progress update and saved each action.
 * `lazy-governance-engine.ts` loads them with the first plan opened, in a chunk of their own, so the
 * plan list (the first view) does without them.
 */
export { replayGovernance } from '../domain/workflow/replay-governance';
export { transition } from '../domain/workflow/transition';
export { previewContentChange } from '../domain/workflow/preview-content-change';
export { actionStanding } from '../domain/action-standing';
export { actionsToCheck, updateStanding } from '../domain/update-standing';
export { changeStanding } from '../domain/change-standing';
export { membershipHistory } from '../domain/workflow/membership-history';
export { contentChecks, withEverything } from './plan-view/content-checks';
export { canonicalContentInScope, contentHash } from '../domain/workflow/content-hash';
export { contentChangedEvent } from '../domain/workflow/content-change-event';
