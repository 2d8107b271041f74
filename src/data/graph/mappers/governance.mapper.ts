import type { PlanId } from '../../../domain/ids';
import { GOVERNANCE_SCHEMA_VERSION, type Governance } from '../../../domain/workflow/governance';
import { builtInStageOf } from '../../../domain/workflow/stage-chain';
import type { FieldValues, ItemFields } from '../list-item';
import { isRecord, readText } from './field-readers';
import {
  isAuditEvent,
  isDueDate,
  isListOf,
  isPrincipal,
  isQaOverride,
  isResolution,
  isReviewComment,
  isRevision,
  isSignedContent,
  isSignOff,
  isStageConfig,
  isSubmission,
  isSupersession,
} from './workflow-guards';

export function governanceToFields(g: Governance): FieldValues {
  return {
    Title: g.planId,
    PlanId: g.planId,
    GovernanceJson: JSON.stringify(g),
    Sequence: g.sequence,
    Stage: builtInStageOf(g.chain, g.stage),
  };
}

const HISTORY_GUARDS = {
  signOffs: isSignOff,
  supersessions: isSupersession,
  qaOverrides: isQaOverride,
  comments: isReviewComment,
  resolutions: isResolution,
  dueDates: isDueDate,
  revisions: isRevision,
  signedContent: isSignedContent,
  audit: isAuditEvent,
} satisfies Partial<Record<keyof Governance, (value: unknown) => boolean>>;

function hasValidHistory(value: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(HISTORY_GUARDS).every(([key, check]) => {
    const list = value[key];
    return Array.isArray(list) && list.every((entry) => check(entry));
  });
}

function hasValidSettings(value: Readonly<Record<string, unknown>>): boolean {
  const chain = value.chain;
  if (!isListOf(isStageConfig)(chain) || chain.length === 0) return false;
  const keys = new Set(chain.map((s) => s.key));
  return (
    keys.size === chain.length &&
    chain.some((s) => s.key === value.stage) &&
    isPrincipal(value.principal) &&
    (value.submission === null || isSubmission(value.submission)) &&
    Number.isSafeInteger(value.sequence) &&
    (value.sequence as number) >= 0
  );
}

/** A stored governance state, or null when it is not one this version can read. */
export function parseGovernance(value: unknown): Governance | null {
  if (!isRecord(value) || value.schemaVersion !== GOVERNANCE_SCHEMA_VERSION) return null;
  if (typeof value.planId !== 'string' || value.planId === '') return null;
  return hasValidSettings(value) && hasValidHistory(value) ? (value as unknown as Governance) : null;
}

export function parseGovernanceJson(text: string): Governance | null {
  if (text === '') return null;
  try {
    return parseGovernance(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The state an item holds, if it is readable and belongs to the plan the item is filed under. */
export function governanceFromFields(fields: ItemFields): Governance | null {
  const governance = parseGovernanceJson(readText(fields, 'GovernanceJson'));
  return governance && governance.planId === (readText(fields, 'PlanId') as PlanId) ? governance : null;
}
