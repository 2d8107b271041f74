import { ACTION_COLUMNS } from './schema-columns';
import type { PlanFacts } from './plan-facts';
import { all, allow, deny, valuesOf, type Verdict, type WriteAttempt } from './write-attempt';

/**
 * Admins and the improvement lead change any action; an agency's owners change only their
 * agency's actions, and cannot move an action into or out of their agency.
 */
export function checkActionWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  const agencies = valuesOf(attempt, ACTION_COLUMNS.agency);
  return all(
    valuesOf(attempt, ACTION_COLUMNS.planId).map((planId) => {
      if (planId === null) return deny('An action must belong to a plan.');
      if (facts.isAdmin(planId, attempt.callerId)) return allow();
      const owned = facts
        .membershipsOf(planId, attempt.callerId)
        .filter((m) => m.role === 'agency-owner')
        .map((m) => m.agency);
      const refused = agencies.find((agency) => agency === null || !owned.includes(agency));
      if (refused === undefined) return allow();
      if (refused === null) return deny('Only plan admins can change an action that has no lead agency.');
      return deny(`Only ${facts.agencyLabel(planId, refused)} owners and plan admins can change this action.`);
    }),
  );
}
