import { useCallback } from 'react';
import { isoDateTime } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { VersionContext } from '../../state/signed-versions';
import { useServices } from '../app-services';
import { currentSignOffs } from '../submission/export-readiness';

/**
 * What a version's Word document is built with besides the plan, as the submission export builds
 * it: today's date, the plan's governance chain (its expected signers and the monitoring draft) and
 * the verified sign-offs that stand for that content.
 */
export function useVersionContext(): (snapshot: PlanSnapshot) => VersionContext {
  const { planView, today } = useServices();
  return useCallback(
    (snapshot) => {
      const governance = planView.getState().governance;
      if (!governance) throw new Error('The plan’s governance record has not loaded yet; try again in a moment');
      return {
        today: today(),
        generatedAt: isoDateTime(new Date()),
        chain: governance.chain,
        signOffs: currentSignOffs(governance, snapshot),
      };
    },
    [planView, today],
  );
}
