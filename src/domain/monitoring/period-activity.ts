import type { Action, EvidenceLink } from '../action';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ProgressUpdate } from '../progress-update';
import { ownerLookup, updatesByAction, type ActionOwner } from './action-facts';
import { dayOf, inPeriod, type Period } from './period';

export interface EvidenceInPeriod extends ActionOwner {
  readonly action: Action;
  /** What the owners reported in the period, oldest first. */
  readonly updates: readonly ProgressUpdate[];
  /** Evidence links are not dated, so the action's current evidence stands beside the updates. */
  readonly evidence: readonly EvidenceLink[];
}

/** Actions with progress reported in the period, each with its updates and current evidence; in plan order. */
export function evidenceInPeriod(snapshot: PlanSnapshot, period: Period): EvidenceInPeriod[] {
  const owner = ownerLookup(snapshot);
  const byAction = updatesByAction(snapshot.updates);
  return [...snapshot.actions]
    .sort((a, b) => a.order - b.order)
    .flatMap((action) => {
      const updates = (byAction.get(action.id) ?? []).filter((u) => inPeriod(dayOf(u.at), period));
      return updates.length > 0 ? [{ ...owner(action), action, updates, evidence: action.evidence }] : [];
    });
}
