import type { UncountedAction } from '../domain/action-standing';
import type { UnallowedChange } from '../domain/change-standing';
import type { UncountedUpdate } from '../domain/update-standing';
import type { MembershipVersion } from '../domain/workflow/governance-record';
import type { EntryVerdict } from '../domain/workflow/replay-governance';
import type { DuplicateItems } from '../data/plan-store.port';

/** What reading a plan's record found besides the governance it adds up to. */
export interface GovernanceTrust {
  /** Every entry of the record, with whether it counted and why not. */
  readonly verdicts: readonly EntryVerdict[];
  /** Membership changes made by someone who could not make them. */
  readonly uncountedMemberships: readonly MembershipVersion[];
  /** Signed content changed with no record of who changed it. */
  readonly unrecordedChange: boolean;
  /** Actions added by someone who could not add them for that agency: listed, never counted. */
  readonly uncountedActions: readonly UncountedAction[];
  /** Progress updates posted by someone who could not post them on that action: shown, never counted. */
  readonly uncountedUpdates: readonly UncountedUpdate[];
  /** Actions saved by someone who could not save them (moved, or changed): shown as SharePoint has them. */
  readonly unallowedChanges: readonly UnallowedChange[];
  /** Some actions' versions are still being read to know who saved them, and how. */
  readonly checkingChanges: boolean;
  /** Items found twice under one id (only the first added is used). */
  readonly duplicates: readonly DuplicateItems[];
}
