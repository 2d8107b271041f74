import type { IsoDate } from '../domain/dates';
import type { IdSource } from '../domain/ids';
import { isoDateTime, londonDateOf } from '../domain/dates';
import type { NotificationSender, OutgoingNotification, SendingContext } from '../domain/notifications/notification';
import { actionRequestNotifications, planActionRequests } from '../domain/notifications/action-requests';
import { reminderNotifications } from '../domain/notifications/reminder-notifications';
import { planReminders } from '../domain/notifications/reminders';
import { planUpdateRequests, updateRequestNotifications } from '../domain/notifications/update-requests';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { NotificationStore } from '../data/notification.port';
import { describeStoreError } from './describe-store-error';
import type { Outcome } from './outcome';

/** Notifications a plan admin sends in one go, worked out for one plan: what the dialog shows, and what is sent (again, unchanged, after a failure). */
export interface NotificationBatch<P> {
  readonly preview: P;
  readonly outgoing: readonly OutgoingNotification[];
}

export type BatchOutcome = Outcome<
  { readonly status: 'sent'; readonly count: number; readonly teamsDelivered: number },
  never,
  'failed'
>;

export interface BatchCommands<P> {
  /** Who would be told what, now. */
  prepare(snapshot: PlanSnapshot): NotificationBatch<P>;
  send(batch: NotificationBatch<P>): Promise<BatchOutcome>;
}

/** What batches of notifications are sent with, and who sends them. */
export interface ReminderDeps {
  readonly notifications: NotificationStore;
  readonly sender: NotificationSender;
  readonly ids: IdSource;
  readonly now: () => Date;
}

type Notify<P> = (preview: P, context: SendingContext) => OutgoingNotification[];

function batchCommands<P>(
  deps: ReminderDeps,
  plan: (snapshot: PlanSnapshot, now: Date) => P,
  notify: Notify<P>,
): BatchCommands<P> {
  return {
    prepare(snapshot) {
      const now = deps.now();
      const preview = plan(snapshot, now);
      const outgoing = notify(preview, {
        plan: snapshot.plan,
        sender: deps.sender,
        now: isoDateTime(now),
        ids: deps.ids,
      });
      return { preview, outgoing };
    },
    async send(batch) {
      try {
        const report = await deps.notifications.send(batch.outgoing);
        return { status: 'sent', count: report.stored, teamsDelivered: report.teamsDelivered };
      } catch (error) {
        return { status: 'failed', message: describeStoreError(error).message };
      }
    },
  };
}

/** Reminders of overdue and soon-due actions, one per person. */
export const reminderCommands = (deps: ReminderDeps) =>
  batchCommands(deps, (snapshot, now) => planReminders(snapshot, londonDateOf(now)), reminderNotifications);

/** Requests to agency owners for actions in the areas that still await their agency. */
export const actionRequestCommands = (deps: ReminderDeps) =>
  batchCommands(deps, (snapshot) => planActionRequests(snapshot), actionRequestNotifications);

/** Requests to the people who answer for each action not yet complete for a progress update by `neededBy`. */
export const updateRequestCommands = (deps: ReminderDeps, neededBy: IsoDate) =>
  batchCommands(deps, (snapshot) => planUpdateRequests(snapshot, neededBy), updateRequestNotifications);
