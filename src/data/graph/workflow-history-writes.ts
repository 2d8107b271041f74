import type { SignOff } from '../../domain/sign-off';
import type { AuditEvent } from '../../domain/workflow/audit-event';
import type { WorkflowCommit } from '../plan-store.port';
import { StoreError } from '../store-error';
import { createItemsOnce, type NewItem } from './create-once';
import type { ItemFields, ListItem } from './list-item';
import { readText } from './mappers/field-readers';
import { signOffFromFields, signOffToFields } from './mappers/sign-off.mapper';
import { workflowEventToFields } from './mappers/workflow-event.mapper';
import type { StoreContext } from './store-context';

/** What the lists already hold of the plan's workflow, read before a commit writes. */
export interface StoredWorkflow {
  readonly governance: ListItem | undefined;
  readonly signOffs: readonly ListItem[];
  readonly events: readonly ListItem[];
}

const raceLost = (): StoreError =>
  new StoreError('conflict', 'Someone else moved the plan on at the same moment. Reload and try again.', {
    code: 'workflowIdTaken',
  });

const sameSignOff = (stored: ItemFields, signOff: SignOff): boolean => {
  const s = signOffFromFields(stored);
  return (
    s.userId === signOff.userId &&
    s.stage === signOff.stage &&
    s.agency === signOff.agency &&
    s.decision === signOff.decision &&
    s.contentHash === signOff.contentHash
  );
};

const sameEvent = (stored: ItemFields, event: AuditEvent): boolean =>
  readText(stored, 'ActorUserId') === event.actor.userId && readText(stored, 'Kind') === event.kind;

/**
 * The records not stored yet. Ids are derived, so an id already stored is either this commit
 * retried (the same person's same record: skipped) or another commit that took the same
 * number first (a lost race: nothing is written, and the caller reloads).
 */
function notYetStored<T extends { readonly id: string }>(
  records: readonly T[],
  stored: readonly ListItem[],
  same: (stored: ItemFields, record: T) => boolean,
): T[] {
  const byTitle = new Map(stored.map((item) => [readText(item.fields, 'Title'), item.fields]));
  return records.filter((record) => {
    const existing = byTitle.get(record.id);
    if (existing && !same(existing, record)) throw raceLost();
    return !existing;
  });
}

/** Appends the commit's sign-offs, then its events; a refused sign-off stops the events. */
export async function appendWorkflowHistory(
  ctx: StoreContext,
  commit: WorkflowCommit,
  stored: StoredWorkflow,
): Promise<void> {
  const signOffs = notYetStored(commit.newSignOffs, stored.signOffs, sameSignOff);
  const events = notYetStored(commit.events, stored.events, sameEvent);
  const signOffItems: NewItem[] = signOffs.map((s) => ({ planId: s.planId, title: s.id, fields: signOffToFields(s) }));
  const eventItems: NewItem[] = events.map((e) => ({
    planId: e.planId,
    title: e.id,
    fields: workflowEventToFields(e),
  }));
  if (signOffItems.length > 0) await createItemsOnce(ctx, 'signOffs', signOffItems);
  if (eventItems.length > 0) await createItemsOnce(ctx, 'workflowEvents', eventItems);
}
