import * as v from 'valibot';
import { isPartnershipQaRole } from '../../../domain/workflow/agency-qa-signers';
import type { WorkflowEvent, WorkflowEventType } from '../../../domain/workflow/workflow-event';
import { AGENCY_KEY, guarded, ISO_DATE, RECORD } from './value-schemas';
import { CHAIN_STAGE_KEY, PRINCIPAL, STAGE_CONFIG } from './workflow-schemas';

/**
 * Schemas for the events kept in the governance record. Anyone in a plan can add an entry, so an
 * entry is read as an event only when every field the workflow reads is of the right type; what
 * the workflow then makes of it is its own business.
 */

const HASH = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/**
 * Hashes by agency. Every value is checked: valibot's record schema skips keys such as
 * `constructor`, and the event is used as stored.
 */
const HASHES = v.pipe(
  RECORD,
  v.check((hashes) => Object.values(hashes).every((hash) => v.is(HASH, hash))),
);

const CONTENT_FACTS = v.object({
  planId: v.string(),
  plan: HASH,
  agencies: HASHES,
  withActions: v.array(AGENCY_KEY),
});

const IDS = v.array(v.string());
const FIELD_CHANGES = v.array(v.object({ id: v.string(), fields: IDS }));

const CHANGE_SUMMARY = v.object({
  planFields: IDS,
  findingsAdded: IDS,
  findingsRemoved: IDS,
  findingsChanged: FIELD_CHANGES,
  actionsAdded: IDS,
  actionsRemoved: IDS,
  actionsChanged: FIELD_CHANGES,
});

/** Its shape only: the workflow keeps it only when it hashes to what was signed. */
const CANONICAL_CONTENT = v.object({
  planId: v.string(),
  scope: RECORD,
  findings: v.array(v.unknown()),
  actions: v.array(v.unknown()),
});

const COMMENT_TARGET = v.variant('kind', [
  v.object({ kind: v.literal('plan') }),
  v.object({ kind: v.literal('finding'), findingId: v.string() }),
  v.object({ kind: v.literal('action'), actionId: v.string() }),
]);

const SIGNING = { comment: v.string(), contentHash: HASH, signed: v.optional(CANONICAL_CONTENT) };

const STAGE_BOUND = { from: v.optional(CHAIN_STAGE_KEY) };

/** The fields of each type of event besides its `type`. */
const SHAPES: Readonly<Record<WorkflowEventType, v.ObjectEntries>> = {
  'edit-chain': { chain: v.array(STAGE_CONFIG) },
  'set-principal': { principal: PRINCIPAL },
  'set-due-date': { stage: CHAIN_STAGE_KEY, date: v.nullable(ISO_DATE) },
  'set-partnership-qa-role': { role: guarded(isPartnershipQaRole) },
  advance: { note: v.string(), ...STAGE_BOUND },
  'return-to': { stage: CHAIN_STAGE_KEY, reason: v.string(), ...STAGE_BOUND },
  'qa-approve': { agency: AGENCY_KEY, ...SIGNING },
  'qa-return': { agency: AGENCY_KEY, ...SIGNING },
  'override-qa': { reason: v.string(), ...STAGE_BOUND },
  'add-comment': { target: COMMENT_TARGET, text: v.string() },
  'resolve-comment': { commentId: v.string(), note: v.string() },
  'partner-approve': SIGNING,
  'partner-return': SIGNING,
  'executive-sign': { decision: v.picklist(['approve', 'return']), ...SIGNING },
  'content-changed': { before: CONTENT_FACTS, after: CONTENT_FACTS, changes: CHANGE_SUMMARY },
  submit: { date: ISO_DATE, documentRef: v.string() },
  close: { reason: v.string(), ...STAGE_BOUND },
};

const WORKFLOW_EVENT = v.variant(
  'type',
  Object.entries(SHAPES).map(([type, entries]) => v.object({ type: v.literal(type), ...entries })),
);

/** Whether a value read from JSON is an event the workflow can read (it is then used as stored). */
export const isWorkflowEvent = (value: unknown): value is WorkflowEvent => v.is(WORKFLOW_EVENT, value);
