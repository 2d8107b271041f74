import type { IsoDateTime } from '../dates';
import type { IdSource, UserId } from '../ids';
import type { Plan } from '../plan';
import type { NotificationTarget, OutgoingNotification } from './notification';
import { reminderLine, reminderSummary } from './reminder-text';
import type { OwnerReminder, ReminderPreview } from './reminders';

export interface ReminderSender {
  readonly userId: UserId;
  readonly displayName: string;
}

const CLOSING = 'Post a progress update on each, or talk to the plan admin if a target date needs to change.';

/** A reminder about one action opens that action; about several, the person's own actions. */
function targetOf(plan: Plan, reminder: OwnerReminder): NotificationTarget {
  const [only, ...others] = reminder.items;
  return only && others.length === 0
    ? { view: 'action', planId: plan.id, actionId: only.action.id }
    : { view: 'my-actions', planId: plan.id };
}

/** One notification per person in the preview, listing all their actions. */
export function reminderNotifications(
  preview: ReminderPreview,
  context: { readonly plan: Plan; readonly sender: ReminderSender; readonly now: IsoDateTime; readonly ids: IdSource },
): OutgoingNotification[] {
  const { plan, sender } = context;
  return preview.reminders.map((reminder) => {
    const summary = reminderSummary(reminder.items);
    return {
      notification: {
        id: context.ids('notification'),
        planId: plan.id,
        planTitle: plan.title,
        recipientId: reminder.recipient.userId,
        kind: 'reminder',
        subject: `Reminder: ${summary}`,
        body: [
          `${sender.displayName} sent a reminder about ${plan.title}:`,
          ...reminder.items.map(reminderLine),
          CLOSING,
        ].join('\n'),
        target: targetOf(plan, reminder),
        createdAt: context.now,
        senderId: sender.userId,
        senderName: sender.displayName,
        read: false,
      },
      activity: { type: 'actionOverdue', parameters: { summary, plan: plan.title } },
    };
  });
}
