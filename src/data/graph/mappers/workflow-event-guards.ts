import { isAgencyKey } from '../../../domain/agency';
import { isIsoDate } from '../../../domain/dates';
import { isPartnershipQaRole } from '../../../domain/workflow/agency-qa-signers';
import type { CanonicalContent } from '../../../domain/workflow/canonical-content';
import type { ChangeSummary } from '../../../domain/workflow/changes-since';
import type { ContentFacts } from '../../../domain/workflow/content-facts';
import type { CommentTarget } from '../../../domain/workflow/review-comment';
import type { WorkflowEvent } from '../../../domain/workflow/workflow-event';
import { isRecord, isString } from './field-readers';
import { isChainStageKey, isListOf, isPrincipal, isStageConfig } from './workflow-guards';

/**
 * Guards for the events kept in the governance record. Anyone in a plan can add an entry, so an
 * entry is read as an event only when every field the workflow reads is of the right type; what
 * the workflow then makes of it is its own business.
 */

type Fields = Readonly<Record<string, unknown>>;

const isHash = (value: unknown): value is string => isString(value) && /^[0-9a-f]{64}$/.test(value);

export const isContentFacts = (value: unknown): value is ContentFacts =>
  isRecord(value) &&
  isString(value.planId) &&
  isHash(value.plan) &&
  isRecord(value.agencies) &&
  Object.values(value.agencies).every(isHash) &&
  isListOf(isAgencyKey)(value.withActions);

const isIdList = isListOf(isString);
const isFieldChange = (v: unknown): v is { id: string; fields: readonly string[] } =>
  isRecord(v) && isString(v.id) && isIdList(v.fields);
const isFieldChanges = isListOf(isFieldChange);

export const isChangeSummary = (value: unknown): value is ChangeSummary =>
  isRecord(value) &&
  isIdList(value.planFields) &&
  isIdList(value.findingsAdded) &&
  isIdList(value.findingsRemoved) &&
  isFieldChanges(value.findingsChanged) &&
  isIdList(value.actionsAdded) &&
  isIdList(value.actionsRemoved) &&
  isFieldChanges(value.actionsChanged);

/** Its shape only: the workflow keeps it only when it hashes to what was signed. */
const isCanonicalContent = (value: unknown): value is CanonicalContent =>
  isRecord(value) &&
  isString(value.planId) &&
  isRecord(value.scope) &&
  Array.isArray(value.findings) &&
  Array.isArray(value.actions);

const isCommentTarget = (value: unknown): value is CommentTarget =>
  isRecord(value) &&
  (value.kind === 'plan' ||
    (value.kind === 'finding' && isString(value.findingId)) ||
    (value.kind === 'action' && isString(value.actionId)));

const isSigning = (e: Fields): boolean =>
  isString(e.comment) && isHash(e.contentHash) && (e.signed === undefined || isCanonicalContent(e.signed));

const isStageBound = (e: Fields): boolean => e.from === undefined || isChainStageKey(e.from);

const SHAPES: Readonly<Record<WorkflowEvent['type'], (e: Fields) => boolean>> = {
  'edit-chain': (e) => isListOf(isStageConfig)(e.chain),
  'set-principal': (e) => isPrincipal(e.principal),
  'set-due-date': (e) => isChainStageKey(e.stage) && (e.date === null || isIsoDate(e.date)),
  'set-partnership-qa-role': (e) => isPartnershipQaRole(e.role),
  advance: (e) => isString(e.note) && isStageBound(e),
  'return-to': (e) => isChainStageKey(e.stage) && isString(e.reason) && isStageBound(e),
  'qa-approve': (e) => isAgencyKey(e.agency) && isSigning(e),
  'qa-return': (e) => isAgencyKey(e.agency) && isSigning(e),
  'override-qa': (e) => isString(e.reason) && isStageBound(e),
  'add-comment': (e) => isCommentTarget(e.target) && isString(e.text),
  'resolve-comment': (e) => isString(e.commentId) && isString(e.note),
  'partner-approve': isSigning,
  'partner-return': isSigning,
  'executive-sign': (e) => (e.decision === 'approve' || e.decision === 'return') && isSigning(e),
  'content-changed': (e) => isContentFacts(e.before) && isContentFacts(e.after) && isChangeSummary(e.changes),
  submit: (e) => isIsoDate(e.date) && isString(e.documentRef),
  close: (e) => isString(e.reason) && isStageBound(e),
};

export const isWorkflowEvent = (value: unknown): value is WorkflowEvent =>
  isRecord(value) &&
  isString(value.type) &&
  Object.hasOwn(SHAPES, value.type) &&
  SHAPES[value.type as WorkflowEvent['type']](value);
