import { FINDING_COLUMNS, MEMBER_COLUMNS, PLAN_COLUMNS } from './schema-columns';
import type { PlanFacts } from './plan-facts';
import { all, allow, deny, valuesOf, type Verdict, type WriteAttempt } from './write-attempt';

/** Anyone may start a plan; after that its admins and improvement lead keep it. */
export function checkPlanWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op === 'create') return allow();
  return all(
    valuesOf(attempt, PLAN_COLUMNS.planId).map((planId) =>
      planId !== null && facts.isAdmin(planId, attempt.callerId)
        ? allow()
        : deny('Only the plan admins and the improvement lead can change this plan.'),
    ),
  );
}

/**
 * Membership is kept by the plan's admins. Until the plan has a plan admin, the person who
 * created it may add members, which is how its first admin (usually themselves) gets in.
 */
export function checkMemberWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  return all(
    valuesOf(attempt, MEMBER_COLUMNS.planId).map((planId) => {
      if (planId === null) return deny('A member must belong to a plan.');
      if (facts.isAdmin(planId, attempt.callerId)) return allow();
      const bootstrapping = !facts.hasPlanAdmin(planId) && facts.creatorOf(planId) === attempt.callerId;
      return bootstrapping
        ? allow()
        : deny('Only the plan admins and the improvement lead can change who is in this plan.');
    }),
  );
}

export function checkFindingWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  return all(
    valuesOf(attempt, FINDING_COLUMNS.planId).map((planId) =>
      planId !== null && facts.isAdmin(planId, attempt.callerId)
        ? allow()
        : deny('Only the plan admins and the improvement lead can change findings.'),
    ),
  );
}
