import type { ActionStatus } from './action';
import type { IsoDateTime } from './dates';
import type { ActionId, PlanId, UpdateId, UserId } from './ids';

/** A dated, signed note on an action's progress. Append-only. */
export interface ProgressUpdate {
  readonly id: UpdateId;
  readonly planId: PlanId;
  readonly actionId: ActionId;
  readonly authorId: UserId;
  readonly authorName: string;
  readonly at: IsoDateTime;
  readonly text: string;
  /** The status the author set with this update, if they changed it. */
  readonly status: ActionStatus | null;
}
