import { useCallback } from 'react';
import { isoDateTime } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { VersionContext } from '../../state/signed-versions';
import { useServices } from '../app-services';
import { currentSignOffs } from '../submission/export-readiness';
import { signedVersionsOf } from './signed-versions-of';

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

/**
 * The signed versions kept through the person's document library (`store`), with each version's
 * Word document built and kept with its `useVersionContext`.
 */
export function useSignedVersions() {
  const { submissionLibrary } = useServices();
  const contextOf = useVersionContext();
  const store = signedVersionsOf(submissionLibrary);
  return {
    store,
    /** The version's Word document (built once for each version). */
    document: (snapshot: PlanSnapshot) => store.getState().document(snapshot, contextOf(snapshot)),
    /** After an approval: keeps the signed version's document in the plan's folder (never throws). */
    keep: (snapshot: PlanSnapshot, hash: string) => store.getState().keep(snapshot, hash, contextOf(snapshot)),
  };
}
