import type { PlanId } from '../ids';
import type { Principal } from './actor';
import type { PartnershipQaRole } from './agency-qa-signers';
import type { Governance, StageDueDate } from './governance';
import type { StageChain } from './stage-chain';
import type { ChainStageKey } from './stage-vocabulary';

/**
 * What a plan's admins keep about its governance outside the record: the chain, principal, due
 * dates and who quality-assures the partnership's actions, and the stage as last worked out from
 * the record, so the plan list can show every plan's stage without replaying each. Opening a plan
 * replays its record, which decides.
 */
export interface GovernanceSummary {
  readonly planId: PlanId;
  readonly chain: StageChain;
  readonly stage: ChainStageKey;
  readonly principal: Principal;
  readonly dueDates: readonly StageDueDate[];
  readonly partnershipQaRole: PartnershipQaRole;
}

export const summaryOf = (g: Governance): GovernanceSummary => ({
  planId: g.planId,
  chain: g.chain,
  stage: g.stage,
  principal: g.principal,
  dueDates: g.dueDates,
  partnershipQaRole: g.partnershipQaRole,
});

/** Whether a stored summary still says what the record does. */
export const summaryCurrent = (stored: GovernanceSummary | null, g: Governance): boolean =>
  stored !== null && JSON.stringify(stored) === JSON.stringify(summaryOf(g));
