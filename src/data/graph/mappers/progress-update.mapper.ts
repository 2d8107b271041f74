import { isActionStatus } from '../../../domain/action';
import type { AgencyKey } from '../../../domain/agency';
import type { ActionId, PlanId, UpdateId, UserId } from '../../../domain/ids';
import type { ProgressUpdate } from '../../../domain/progress-update';
import { creationOf, type FieldValues, type ItemFields, type ListItem } from '../list-item';
import { readDateTime, readGuarded, readText, UNKNOWN_INSTANT } from './field-readers';

/**
 * The list keeps the agency of the action an update is about, so SharePoint's per-agency
 * permissions can apply to updates too; the domain update does not carry it.
 */
export function progressUpdateToFields(update: ProgressUpdate, agency: AgencyKey): FieldValues {
  return {
    Title: update.id,
    PlanId: update.planId,
    ActionId: update.actionId,
    Agency: agency,
    AuthorId: update.authorId,
    AuthorName: update.authorName,
    At: update.at,
    UpdateText: update.text,
    Status: update.status ?? '',
  };
}

export function progressUpdateFromFields(fields: ItemFields): ProgressUpdate {
  return {
    id: readText(fields, 'Title') as UpdateId,
    planId: readText(fields, 'PlanId') as PlanId,
    actionId: readText(fields, 'ActionId') as ActionId,
    authorId: readText(fields, 'AuthorId') as UserId,
    authorName: readText(fields, 'AuthorName'),
    at: readDateTime(fields, 'At') ?? UNKNOWN_INSTANT,
    text: readText(fields, 'UpdateText'),
    status: readGuarded(fields, 'Status', isActionStatus, null),
  };
}

/**
 * An update as SharePoint keeps it: posted by the person SharePoint says added it, when it says,
 * whatever the item's own columns claim (anyone who may post could type another's name there).
 */
export function progressUpdateFromItem(item: ListItem): ProgressUpdate {
  const claimed = progressUpdateFromFields(item.fields);
  const { by, at } = creationOf(item);
  return { ...claimed, ...(by && { authorId: by.id, authorName: by.name }), ...(at && { at }) };
}
