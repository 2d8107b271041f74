import type { Action, ActionStatus } from '../../../src/domain/action';
import type { ActionId, MemberId, PlanId } from '../../../src/domain/ids';
import { isoDate, type IsoDate } from '../../../src/domain/dates';
import type { PlanStore } from '../../../src/data/plan-store.port';
import { findPersona } from '../../../src/emulator/seed/demo-directory';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../../src/emulator/seed/haringey-2018';

const STATUSES: readonly ActionStatus[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'];
export const LARGE_PLAN_AGENCIES = ['childrens-social-care', 'police', 'health', 'education', 'probation'] as const;
/** Long past whenever the test runs, so every unfinished action with it is overdue. */
const PAST = isoDate('2019-06-28');
/** Far ahead whenever the test runs: neither overdue nor due soon. */
const FUTURE = isoDate('2099-12-31');

/**
 * A copy of the demo plan with `count` actions: statuses in turn, each agency leading a fifth of
 * them with every status equally, and every fourth action's target date long past.
 */
export function largePlanActions(planId: PlanId, findingIds: readonly string[], count: number): Action[] {
  const template = HARINGEY_ACTIONS[0]!;
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `act-large-${count}-${i}` as ActionId,
    planId,
    findingId: findingIds[i % findingIds.length]! as Action['findingId'],
    title: `Large plan action ${i + 1}`,
    leadAgency: LARGE_PLAN_AGENCIES[Math.floor(i / STATUSES.length) % LARGE_PLAN_AGENCIES.length]!,
    leadOfficer: null,
    milestones: [],
    status: STATUSES[i % STATUSES.length]!,
    statusReason: i % 5 === 2 || i % 5 === 3 ? 'Recruitment delayed.' : '',
    targetDate: (i % 4 === 0 ? PAST : FUTURE) as IsoDate,
    order: i,
  }));
}

/** Stores the plan, the DCS as its admin, its findings and actions (20 writes at a time), over HTTP. */
export async function createLargePlan(store: PlanStore, count: number): Promise<{ planId: PlanId; actions: Action[] }> {
  const planId = `plan-large-${count}-${Date.now().toString(36)}` as PlanId;
  await store.createPlan({ ...HARINGEY_PLAN, id: planId, title: `Delivery plan with ${count} actions` });
  const dcs = findPersona('u-dcs')!;
  await store.addMembers([
    {
      id: `mem-large-${count}-dcs` as MemberId,
      planId,
      userId: dcs.id,
      displayName: dcs.displayName,
      email: dcs.email,
      jobTitle: dcs.jobTitle,
      role: 'plan-admin',
      agency: null,
    },
  ]);
  const findings = HARINGEY_FINDINGS.map((f) => ({ ...f, id: `${f.id}-large-${count}` as typeof f.id, planId }));
  await store.createFindings(findings);
  const actions = largePlanActions(
    planId,
    findings.map((f) => f.id),
    count,
  );
  for (let i = 0; i < actions.length; i += 20) {
    await Promise.all(actions.slice(i, i + 20).map((a) => store.createAction(a)));
  }
  return { planId, actions };
}
