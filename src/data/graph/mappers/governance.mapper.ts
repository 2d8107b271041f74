import * as v from 'valibot';
import type { PlanId } from '../../../domain/ids';
import type { GovernanceSummary } from '../../../domain/workflow/governance-summary';
import { DEFAULT_PARTNERSHIP_QA_ROLE, isPartnershipQaRole } from '../../../domain/workflow/agency-qa-signers';
import { builtInStageOf } from '../../../domain/workflow/stage-chain';
import type { FieldValues, ItemFields } from '../list-item';
import { readJson, readText } from './field-readers';
import { guarded } from './value-schemas';
import { CHAIN_STAGE_KEY, DUE_DATE, PRINCIPAL, STAGE_CONFIG } from './workflow-schemas';

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

const SUMMARY = v.pipe(
  v.object({
    format: v.literal(SUMMARY_FORMAT),
    planId: v.string(),
    chain: v.pipe(v.array(STAGE_CONFIG), v.nonEmpty()),
    stage: CHAIN_STAGE_KEY,
    principal: PRINCIPAL,
    dueDates: v.array(DUE_DATE),
    /** Summaries written before plans named who assures the partnership's actions read as the default. */
    partnershipQaRole: v.nullish(guarded(isPartnershipQaRole), DEFAULT_PARTNERSHIP_QA_ROLE),
  }),
  v.check(({ chain, stage }) => chain.some((s) => s.key === stage)),
);

function parseSummary(value: unknown): GovernanceSummary | null {
  const parsed = v.safeParse(SUMMARY, value, { abortEarly: true });
  if (!parsed.success) return null;
  const { format: _format, ...summary } = parsed.output;
  // Its ids are read as text: the plan's is compared with the item's, and a member's only ever compared.
  return summary as unknown as GovernanceSummary;
}

/**
 * The summary an item holds, if it is well formed and belongs to the plan the item is filed under.
 * Rich text (what a column turned rich text holds) is refused, not read as no summary.
 */
export function summaryFromFields(fields: ItemFields): GovernanceSummary | null {
  const summary = parseSummary(readJson(fields, 'governance', 'GovernanceJson') ?? null);
  return summary && summary.planId === (readText(fields, 'PlanId') as PlanId) ? summary : null;
}
