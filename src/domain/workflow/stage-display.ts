import type { Governance } from './governance';
import { labelOf, stageOf } from './stage-chain';
import { rulesOf } from './stage-kind-rules';
import type { ChainStageKey } from './stage-vocabulary';

/** What a submission stage reads once the principal has recorded the submission. */
export const SUBMITTED_LABEL = 'Submitted to Ofsted';

/**
 * A stage's name wherever the current stage or the timeline is shown. A submission stage says
 * what is true: "Ready to submit" until the principal records the submission (also in chains
 * stored with its old name), "Submitted to Ofsted" once they have.
 */
export function stageDisplayLabel(governance: Pick<Governance, 'chain' | 'submission'>, key: ChainStageKey): string {
  const stage = stageOf(governance.chain, key);
  if (!stage) return key;
  return rulesOf(stage).recordsSubmission && governance.submission !== null ? SUBMITTED_LABEL : labelOf(stage);
}
