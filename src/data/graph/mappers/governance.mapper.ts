import type { PlanId } from '../../../domain/ids';
import type { GovernanceSummary } from '../../../domain/workflow/governance-summary';
import { DEFAULT_PARTNERSHIP_QA_ROLE, isPartnershipQaRole } from '../../../domain/workflow/agency-qa-signers';
import { builtInStageOf } from '../../../domain/workflow/stage-chain';
import type { FieldValues, ItemFields } from '../list-item';
import { isRecord, readJson, readText } from './field-readers';
import { isChainStageKey, isDueDate, isListOf, isPrincipal, isStageConfig } from './workflow-guards';

/** Bumped when the summary's JSON changes shape; older ones are read as absent. */
const SUMMARY_FORMAT = 2;

export function summaryToFields(summary: GovernanceSummary): FieldValues {
  return {
    Title: summary.planId,
    PlanId: summary.planId,
    GovernanceJson: JSON.stringify({ format: SUMMARY_FORMAT, ...summary }),
    Stage: builtInStageOf(summary.chain, summary.stage),
  };
}

/** Summaries written before plans named who assures the partnership's actions read as the default. */
function parseSummary(value: unknown): GovernanceSummary | null {
  if (!isRecord(value) || value.format !== SUMMARY_FORMAT || typeof value.planId !== 'string') return null;
  const chain = value.chain;
  const partnershipQaRole = value.partnershipQaRole ?? DEFAULT_PARTNERSHIP_QA_ROLE;
  const wellFormed =
    isListOf(isStageConfig)(chain) &&
    chain.length > 0 &&
    isChainStageKey(value.stage) &&
    chain.some((s) => s.key === value.stage) &&
    isPrincipal(value.principal) &&
    Array.isArray(value.dueDates) &&
    value.dueDates.every(isDueDate) &&
    isPartnershipQaRole(partnershipQaRole);
  if (!wellFormed) return null;
  const { format: _format, ...summary } = value;
  return { ...summary, partnershipQaRole } as unknown as GovernanceSummary;
}

/**
 * The summary an item holds, if it is well formed and belongs to the plan the item is filed under.
 * Rich text (what a column turned rich text holds) is refused, not read as no summary.
 */
export function summaryFromFields(fields: ItemFields): GovernanceSummary | null {
  const summary = parseSummary(readJson(fields, 'governance', 'GovernanceJson') ?? null);
  return summary && summary.planId === (readText(fields, 'PlanId') as PlanId) ? summary : null;
}
