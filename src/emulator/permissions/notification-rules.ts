import type { FieldValues } from '../model/list-model';
import type { PlanFacts } from './plan-facts';
import { NOTIFICATION_COLUMNS } from './schema-columns';
import { allow, deny, malformed, textOf, type Verdict, type WriteAttempt } from './write-attempt';

const isRead = (fields: FieldValues | null): boolean => fields?.[NOTIFICATION_COLUMNS.read] === true;

/** The columns whose values differ before and after, `Read` aside. */
function changedBesidesRead(before: FieldValues, after: FieldValues): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  names.delete(NOTIFICATION_COLUMNS.read);
  return [...names].filter((name) => (before[name] ?? null) !== (after[name] ?? null));
}

/** A member of the plan tells another member, in their own name, as an unread notification. */
function checkCreate(facts: PlanFacts, callerId: string, added: FieldValues): Verdict {
  const planId = textOf(added, NOTIFICATION_COLUMNS.planId);
  const recipientId = textOf(added, NOTIFICATION_COLUMNS.recipientId);
  if (planId === null || recipientId === null) return malformed('A notification must name its plan and recipient.');
  if (textOf(added, NOTIFICATION_COLUMNS.senderId) !== callerId) {
    return deny("You cannot send a notification in someone else's name.");
  }
  if (facts.membershipsOf(planId, callerId).length === 0) {
    return deny('Only members of this plan can send notifications about it.');
  }
  if (facts.membershipsOf(planId, recipientId).length === 0) {
    return deny('Notifications about this plan can only go to its members.');
  }
  return isRead(added) ? malformed('A new notification must be unread.') : allow();
}

/**
 * Each person's inbox: any plan member may notify the plan's members; only the recipient may
 * mark a notification read; nobody changes what it says, and none is deleted.
 */
export function checkNotificationWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op === 'create' && attempt.after) return checkCreate(facts, attempt.callerId, attempt.after);
  if (attempt.op === 'delete' || !attempt.before || !attempt.after) {
    return deny('Notifications are kept; mark them read instead.');
  }
  if (textOf(attempt.before, NOTIFICATION_COLUMNS.recipientId) !== attempt.callerId) {
    return deny('Only the person a notification was sent to can mark it read.');
  }
  if (changedBesidesRead(attempt.before, attempt.after).length > 0) {
    return deny('A notification cannot be changed once sent; only whether it has been read.');
  }
  return allow();
}
