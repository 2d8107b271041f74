import { isAgencyKey } from '../../../domain/agency';
import { isIsoDate, isIsoDateTime } from '../../../domain/dates';
import { isRole } from '../../../domain/member';
import type { SignOff } from '../../../domain/sign-off';
import { isStageKey } from '../../../domain/workflow/stage-vocabulary';
import type { ActorRef, Principal } from '../../../domain/workflow/actor';
import { AUDIT_KIND_LABEL, type AuditEvent } from '../../../domain/workflow/audit-event';
import type { StageConfig } from '../../../domain/workflow/stage-chain';
import { isCustomStageKey, STAGE_KINDS, type ChainStageKey } from '../../../domain/workflow/stage-vocabulary';
import { isRecord, isString } from './field-readers';

/**
 * Guards for workflow values read back from JSON. Stored JSON may have been edited by hand or
 * written by another version, so nothing is trusted until it has been checked here.
 */

type Guard<T> = (value: unknown) => value is T;

export const isListOf =
  <T>(guard: Guard<T>): Guard<readonly T[]> =>
  (value): value is readonly T[] =>
    Array.isArray(value) && value.every(guard);

export const isChainStageKey = (value: unknown): value is ChainStageKey => isStageKey(value) || isCustomStageKey(value);

const isNullableAgency = (value: unknown): boolean => value === null || isAgencyKey(value);

export const isStageConfig = (value: unknown): value is StageConfig =>
  isRecord(value) &&
  isChainStageKey(value.key) &&
  isString(value.label) &&
  (STAGE_KINDS as readonly unknown[]).includes(value.kind) &&
  typeof value.skipped === 'boolean';

export const isActorRef = (value: unknown): value is ActorRef =>
  isRecord(value) &&
  isString(value.memberId) &&
  isString(value.userId) &&
  isString(value.name) &&
  isRole(value.role) &&
  isNullableAgency(value.agency);

export const isPrincipal = (value: unknown): value is Principal =>
  isRecord(value) &&
  ((value.kind === 'role' && isRole(value.role)) || (value.kind === 'member' && isString(value.memberId)));

export const isSignOff = (value: unknown): value is SignOff =>
  isRecord(value) &&
  isString(value.id) &&
  isString(value.planId) &&
  isStageKey(value.stage) &&
  isString(value.userId) &&
  isString(value.name) &&
  isRole(value.role) &&
  isNullableAgency(value.agency) &&
  isIsoDateTime(value.at) &&
  (value.decision === 'approve' || value.decision === 'return') &&
  isString(value.comment) &&
  isString(value.contentHash);

/** The parts every audit event has; the kind-specific details are only read for display. */
export const isAuditEvent = (value: unknown): value is AuditEvent =>
  isRecord(value) &&
  isString(value.id) &&
  isString(value.planId) &&
  isIsoDateTime(value.at) &&
  isActorRef(value.actor) &&
  isChainStageKey(value.stage) &&
  isString(value.summary) &&
  isString(value.kind) &&
  Object.hasOwn(AUDIT_KIND_LABEL, value.kind);

/** A record whose listed fields are text, and whose `by` (if named) is an actor. */
const hasText = (value: Readonly<Record<string, unknown>>, names: readonly string[]): boolean =>
  names.every((name) => isString(value[name]));

export const isSupersession = (value: unknown): boolean =>
  isRecord(value) &&
  hasText(value, ['id', 'signOffId', 'currentHash']) &&
  isIsoDateTime(value.supersededAt) &&
  isActorRef(value.supersededBy);

export const isQaOverride = (value: unknown): boolean =>
  isRecord(value) &&
  hasText(value, ['id', 'reason']) &&
  isIsoDateTime(value.at) &&
  isActorRef(value.by) &&
  isListOf(isAgencyKey)(value.outstanding);

export const isReviewComment = (value: unknown): boolean =>
  isRecord(value) &&
  hasText(value, ['id', 'planId', 'text']) &&
  isRecord(value.target) &&
  isString(value.target.kind) &&
  isActorRef(value.author) &&
  isIsoDateTime(value.at) &&
  isChainStageKey(value.stage);

export const isResolution = (value: unknown): boolean =>
  isRecord(value) && hasText(value, ['commentId', 'note']) && isIsoDateTime(value.at) && isActorRef(value.by);

export const isSubmission = (value: unknown): boolean =>
  isRecord(value) &&
  isIsoDate(value.date) &&
  hasText(value, ['documentRef', 'contentHash']) &&
  isIsoDateTime(value.recordedAt) &&
  isActorRef(value.by);

export const isDueDate = (value: unknown): boolean =>
  isRecord(value) && isChainStageKey(value.stage) && isIsoDate(value.date);

export const isRevision = (value: unknown): boolean =>
  isRecord(value) &&
  hasText(value, ['id', 'beforeHash', 'afterHash']) &&
  isIsoDateTime(value.at) &&
  isActorRef(value.by) &&
  isRecord(value.changes);

export const isSignedContent = (value: unknown): boolean =>
  isRecord(value) && isString(value.hash) && isRecord(value.content);
