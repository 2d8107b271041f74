import type { IsoDateTime } from '../dates';
import { isActionId, type ActionId, type IdSource, type NotificationId, type PlanId, type UserId } from '../ids';
import type { Plan } from '../plan';

/** Why someone is told: a governance step waits for them, or actions they lead are late or nearly due. */
export const NOTIFICATION_KINDS = ['plan-step', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/** Where following a notification takes the recipient. */
export type NotificationTarget =
  | { readonly view: 'governance'; readonly planId: PlanId }
  | { readonly view: 'my-actions'; readonly planId: PlanId }
  | { readonly view: 'action'; readonly planId: PlanId; readonly actionId: ActionId };

/** One message in one person's in-app inbox. */
export interface Notification {
  readonly id: NotificationId;
  readonly planId: PlanId;
  readonly planTitle: string;
  readonly recipientId: UserId;
  readonly kind: NotificationKind;
  /** One line, e.g. "Partnership approval is waiting for you". */
  readonly subject: string;
  /** The detail: what to do, or the actions a reminder is about, one per line. */
  readonly body: string;
  readonly target: NotificationTarget;
  readonly createdAt: IsoDateTime;
  readonly senderId: UserId;
  readonly senderName: string;
  readonly read: boolean;
}

/** Who sends notifications: a plan admin sending reminders, or the person who moved the plan on. */
export interface NotificationSender {
  readonly userId: UserId;
  readonly displayName: string;
}

/** What every notification about a plan is sent with: the plan, who sends it, when, and new ids. */
export interface SendingContext {
  readonly plan: Pick<Plan, 'id' | 'title'>;
  readonly sender: NotificationSender;
  readonly now: IsoDateTime;
  readonly ids: IdSource;
}

/** A new, unread notification to `recipientId` about the context's plan, from its sender, made now. */
export function planNotification(
  context: SendingContext,
  recipientId: UserId,
  message: Pick<Notification, 'kind' | 'subject' | 'body' | 'target'>,
): Notification {
  return {
    id: context.ids('notification'),
    planId: context.plan.id,
    planTitle: context.plan.title,
    recipientId,
    ...message,
    createdAt: context.now,
    senderId: context.sender.userId,
    senderName: context.sender.displayName,
    read: false,
  };
}

/** The Teams activity types declared in the app manifest (`activities.activityTypes`). */
export type ActivityType = 'planStepNeedsYou' | 'actionOverdue';

/** A Teams activity feed entry: its declared type and the values of its template's parameters. */
export interface ActivityTemplate {
  readonly type: ActivityType;
  readonly parameters: Readonly<Record<string, string>>;
}

/** A notification to send: the inbox item, and how the Teams activity feed words it. */
export interface OutgoingNotification {
  readonly notification: Notification;
  readonly activity: ActivityTemplate;
}

/** `governance`, `my-actions` or `action:<id>`: the target as one line of text. */
export function formatTarget(target: NotificationTarget): string {
  return target.view === 'action' ? `action:${target.actionId}` : target.view;
}

/** Reads a target back; anything unreadable opens the plan's own actions. */
export function parseTarget(planId: PlanId, text: string): NotificationTarget {
  if (text === 'governance') return { view: 'governance', planId };
  const actionId = text.startsWith('action:') ? text.slice('action:'.length) : null;
  return isActionId(actionId) ? { view: 'action', planId, actionId } : { view: 'my-actions', planId };
}

/** Newest first; equal times keep a stable order by id. */
export function newestFirst(items: readonly Notification[]): Notification[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

export const unreadCount = (items: readonly Notification[]): number => items.filter((n) => !n.read).length;
