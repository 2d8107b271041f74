import * as v from 'valibot';
import type { GovernanceEntry } from '../../../domain/workflow/governance-record';
import type { WorkflowEvent } from '../../../domain/workflow/workflow-event';
import type { NewGovernanceEntry } from '../../plan-store.port';
import { SINGLE_LINE_MAX } from '../../sharepoint/list-schema';
import { isRichTextValue } from '../../sharepoint/rich-text-value';
import { creationOf, type FieldValues, type ListItem } from '../list-item';
import { readText } from './field-readers';
import { isWorkflowEvent } from './workflow-event-schemas';

/** Bumped when the entry's JSON changes shape; an entry of another version is listed as unreadable. */
export const ENTRY_FORMAT = 1;

/** An entry of the format this version writes; its event is checked on its own. */
const ENTRY_OF_THIS_FORMAT = v.looseObject({ format: v.literal(ENTRY_FORMAT) });

const clip = (text: string) => text.slice(0, SINGLE_LINE_MAX);

/** The columns besides `EntryJson` that a person reading the list in SharePoint can follow. */
function readableColumns(event: WorkflowEvent): FieldValues {
  const columns: FieldValues = {};
  if ('agency' in event) columns.Agency = event.agency;
  if ('decision' in event) columns.Decision = event.decision;
  else if (event.type.endsWith('-approve')) columns.Decision = 'approve';
  else if (event.type.endsWith('-return')) columns.Decision = 'return';
  if ('contentHash' in event) columns.ContentHash = event.contentHash;
  return columns;
}

export function entryToFields(entry: NewGovernanceEntry): FieldValues {
  return {
    Title: entry.id,
    EntryId: entry.id,
    PlanId: entry.planId,
    Kind: entry.event.type,
    Stage: entry.stage,
    ActorUserId: entry.by.userId,
    ActorName: clip(entry.by.name),
    ...readableColumns(entry.event),
    EntryJson: JSON.stringify({ format: ENTRY_FORMAT, event: entry.event }),
  };
}

/**
 * Entries stay one by one: the list is append-only and any participant adds to it, so an entry
 * that cannot be read is listed as unreadable (with why) rather than stopping the plan loading.
 */
function eventOf(text: string): { event: WorkflowEvent } | { problem: string } {
  if (text === '') return { problem: 'It holds no event.' };
  if (isRichTextValue(text)) {
    return {
      problem:
        'It holds rich text (HTML), not the plain text the app writes: the column “EntryJson” has been made rich text. ' +
        'A site owner should run “Set up this site” to switch it back to plain text.',
    };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!v.is(ENTRY_OF_THIS_FORMAT, parsed)) {
      return { problem: 'It was written in a form this version of the app does not read.' };
    }
    return isWorkflowEvent(parsed.event) ? { event: parsed.event } : { problem: 'Its event is not well formed.' };
  } catch {
    return { problem: 'Its contents are not valid JSON.' };
  }
}

/** Who the entry says made it (only ever compared with SharePoint's own record). */
function claimOf(item: ListItem): GovernanceEntry['claimedBy'] {
  const userId = readText(item.fields, 'ActorUserId');
  const name = readText(item.fields, 'ActorName');
  return userId === '' && name === '' ? null : { userId, name };
}

/** An entry as SharePoint keeps it; null when SharePoint's own stamps are missing (then nothing is known of it). */
export function entryFromItem(item: ListItem): GovernanceEntry | null {
  const { by, at } = creationOf(item);
  const position = Number(item.id);
  if (!by || !at || !Number.isSafeInteger(position)) return null;
  const parsed = eventOf(readText(item.fields, 'EntryJson'));
  const id = readText(item.fields, 'EntryId') || `item-${item.id}`;
  return {
    id,
    position,
    at,
    author: { userId: by.id, name: by.name },
    claimedBy: claimOf(item),
    event: 'event' in parsed ? parsed.event : null,
    ...('problem' in parsed ? { unreadable: parsed.problem } : {}),
  };
}
