import type { NotificationId, PlanId, UserId } from '../../../domain/ids';
import {
  formatTarget,
  isNotificationKind,
  parseTarget,
  type Notification,
} from '../../../domain/notifications/notification';
import { creationOf, type FieldValues, type ItemFields, type ListItem } from '../list-item';
import { entityCodec, type EntityCodec } from './entity-codec';
import { readBoolean, readDateTime, readGuarded, readText, UNKNOWN_INSTANT } from './field-readers';

export function notificationToFields(n: Notification): FieldValues {
  return {
    Title: n.id,
    PlanId: n.planId,
    RecipientId: n.recipientId,
    PlanTitle: n.planTitle,
    Kind: n.kind,
    Subject: n.subject,
    Body: n.body,
    Target: formatTarget(n.target),
    CreatedAt: n.createdAt,
    SenderId: n.senderId,
    SenderName: n.senderName,
    Read: n.read,
  };
}

export function notificationFromFields(fields: ItemFields): Notification {
  const planId = readText(fields, 'PlanId') as PlanId;
  return {
    id: readText(fields, 'Title') as NotificationId,
    planId,
    planTitle: readText(fields, 'PlanTitle'),
    recipientId: readText(fields, 'RecipientId') as UserId,
    kind: readGuarded(fields, 'Kind', isNotificationKind, 'plan-step'),
    subject: readText(fields, 'Subject'),
    body: readText(fields, 'Body'),
    target: parseTarget(planId, readText(fields, 'Target')),
    createdAt: readDateTime(fields, 'CreatedAt') ?? UNKNOWN_INSTANT,
    senderId: readText(fields, 'SenderId') as UserId,
    senderName: readText(fields, 'SenderName'),
    read: readBoolean(fields, 'Read'),
  };
}

/**
 * A notification as SharePoint keeps it: from the person SharePoint says added it, at the time it
 * says, whatever its own columns claim (anyone on the site can add one naming any sender).
 */
export function notificationFromItem(item: ListItem): Notification {
  const claimed = notificationFromFields(item.fields);
  const { by, at } = creationOf(item);
  return { ...claimed, ...(by && { senderId: by.id, senderName: by.name }), ...(at && { createdAt: at }) };
}

export const notificationCodec: EntityCodec<Notification> = entityCodec(
  'notifications',
  notificationToFields,
  notificationFromFields,
);
