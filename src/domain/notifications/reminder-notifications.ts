import {
  planNotification,
  type NotificationTarget,
  type OutgoingNotification,
  type SendingContext,
} from './notification';
import { reminderLine, reminderSummary } from './reminder-text';
import type { OwnerReminder, ReminderPreview } from './reminders';

const CLOSING = 'Post a progress update on each, or talk to the plan admin if a target date needs to change.';

/** A reminder about one action opens that action; about several, the person's own actions. */
function targetOf(plan: SendingContext['plan'], reminder: OwnerReminder): NotificationTarget {
  const [only, ...others] = reminder.items;
  return only && others.length === 0
    ? { view: 'action', planId: plan.id, actionId: only.action.id }
    : { view: 'my-actions', planId: plan.id };
}

/** One notification per person in the preview, listing all their actions. */
export function reminderNotifications(preview: ReminderPreview, context: SendingContext): OutgoingNotification[] {
  const { plan, sender } = context;
  return preview.reminders.map((reminder) => {
    const summary = reminderSummary(reminder.items);
    return {
      notification: planNotification(context, reminder.recipient.userId, {
        kind: 'reminder',
        subject: `Reminder: ${summary}`,
        body: [
          `${sender.displayName} sent a reminder about ${plan.title}:`,
          ...reminder.items.map(reminderLine),
          CLOSING,
        ].join('\n'),
        target: targetOf(plan, reminder),
      }),
      activity: { type: 'actionOverdue', parameters: { summary, plan: plan.title } },
    };
  });
}
