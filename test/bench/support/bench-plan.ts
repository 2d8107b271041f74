import type { Action } from '../../../src/domain/action';
import { idSource, type ActionId, type PlanId } from '../../../src/domain/ids';
import type { PlanStore } from '../../../src/data/plan-store.port';
import { DEMO_PERSONAS } from '../../../src/emulator/seed/demo-directory';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../../src/emulator/seed/haringey-2018';

const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
const AGENCIES = ['childrens-social-care', 'police', 'health', 'education', 'probation'] as const;

/** A copy of the demo plan with `actionCount` actions spread over its findings and agencies. */
export async function createBenchPlan(store: PlanStore, actionCount: number): Promise<PlanId> {
  const planId = `plan-bench-${actionCount}` as PlanId;
  const ids = idSource(() => `${planId}-${Math.random().toString(36).slice(2, 10)}`);
  await store.createPlan({ ...HARINGEY_PLAN, id: planId, title: `Benchmark plan with ${actionCount} actions` });
  await store.addMembers(
    DEMO_PERSONAS.map((p) => ({
      id: ids('member'),
      planId,
      userId: p.id,
      displayName: p.displayName,
      email: p.email,
      jobTitle: p.jobTitle,
      role: p.role,
      agency: p.agency,
    })),
  );
  const findings = HARINGEY_FINDINGS.map((f) => ({ ...f, id: `${f.id}-${actionCount}` as typeof f.id, planId }));
  await store.createFindings(findings);
  const template = HARINGEY_ACTIONS[0]!;
  const actions: Action[] = Array.from({ length: actionCount }, (_, i) => ({
    ...template,
    id: `act-bench-${actionCount}-${i}` as ActionId,
    planId,
    findingId: findings[i % findings.length]!.id,
    title: `${HARINGEY_ACTIONS[i % HARINGEY_ACTIONS.length]!.title} #${i + 1}#`,
    leadAgency: AGENCIES[i % AGENCIES.length]!,
    leadOfficer: null,
    status: STATUSES[i % STATUSES.length]!,
    statusReason: i % 5 === 2 || i % 5 === 3 ? 'Recruitment delayed.' : '',
    order: i,
  }));
  for (let i = 0; i < actions.length; i += 20)
    await Promise.all(actions.slice(i, i + 20).map((a) => store.createAction(a)));
  return planId;
}
