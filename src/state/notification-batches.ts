import type { IdSource } from '../domain/ids';
import { isoDateTime, londonDateOf } from '../domain/dates';
import type { OutgoingNotification } from '../domain/notifications/notification';
import { reminderNotifications, type ReminderSender } from '../domain/notifications/reminder-notifications';
import { planReminders, type ReminderPreview } from '../domain/notifications/reminders';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { NotificationStore } from '../data/notification.port';
import { describeStoreError } from './describe-store-error';
import type { Outcome } from './outcome';

/** Reminders worked out for one plan, ready to send (and to send again, unchanged, after a failure). */
export interface ReminderBatch {
  readonly preview: ReminderPreview;
  readonly outgoing: readonly OutgoingNotification[];
}

export type ReminderOutcome = Outcome<
  { readonly status: 'sent'; readonly count: number; readonly teamsDelivered: number },
  never,
  'failed'
>;

export interface ReminderCommands {
  /** Who would be reminded about which actions, today. */
  prepare(snapshot: PlanSnapshot): ReminderBatch;
  send(batch: ReminderBatch): Promise<ReminderOutcome>;
}

export interface ReminderDeps {
  readonly notifications: NotificationStore;
  readonly sender: ReminderSender;
  readonly ids: IdSource;
  readonly now: () => Date;
}

export function reminderCommands(deps: ReminderDeps): ReminderCommands {
  return {
    prepare(snapshot) {
      const now = deps.now();
      const preview = planReminders(snapshot, londonDateOf(now));
      const outgoing = reminderNotifications(preview, {
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
