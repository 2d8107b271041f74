import type { AuditEvent } from '../../../domain/workflow/audit-event';
import { SINGLE_LINE_MAX } from '../../sharepoint/list-schema';
import type { FieldValues, ItemFields } from '../list-item';
import { readText } from './field-readers';
import { isAuditEvent } from './workflow-guards';

/**
 * An audit event is kept whole as JSON; the other columns repeat a few of its parts so the list
 * can be read and filtered in SharePoint itself.
 */
export function workflowEventToFields(event: AuditEvent): FieldValues {
  return {
    Title: event.id,
    PlanId: event.planId,
    At: event.at,
    Kind: event.kind,
    Stage: event.stage,
    ActorUserId: event.actor.userId,
    ActorName: event.actor.name.slice(0, SINGLE_LINE_MAX),
    ActorRole: event.actor.role,
    EventJson: JSON.stringify(event),
  };
}

/** The event an item holds, or null when its JSON cannot be read or does not match the item. */
export function workflowEventFromFields(fields: ItemFields): AuditEvent | null {
  const text = readText(fields, 'EventJson');
  if (text === '') return null;
  try {
    const event: unknown = JSON.parse(text);
    const matches =
      isAuditEvent(event) && event.id === readText(fields, 'Title') && event.planId === readText(fields, 'PlanId');
    return matches ? event : null;
  } catch {
    return null;
  }
}
