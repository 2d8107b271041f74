import type { PlanStore } from '../../data/plan-store.port';
import type { IsoDate, IsoDateTime } from '../../domain/dates';
import type { Member } from '../../domain/member';
import { DEMO_PERSONAS, type DemoPersona } from './demo-directory';
import { shiftDemoDates } from './demo-plan-in-flight';
import { HARINGEY_PLAN_ID, haringeyMemberId } from './haringey-2018';
import { SEED_USER_ID } from './haringey-2018-progress';

const memberOf = (persona: DemoPersona): Member => ({
  id: haringeyMemberId(persona.id),
  planId: HARINGEY_PLAN_ID,
  userId: persona.id,
  displayName: persona.displayName,
  email: persona.email,
  jobTitle: persona.jobTitle,
  role: persona.role,
  agency: persona.agency,
});

/**
 * Seeds the Haringey demo plan, dated around `today` (see shiftDemoDates), through a PlanStore
 * (the Graph adapter, signed in as the DCS). Meant for an empty site: it creates, it does not
 * reconcile. `happenedAt` is told when each step of the plan's story took place (the plan
 * started the day after the letter, each progress update on its own date), so a server that
 * stamps what it stores can stamp those times.
 */
export async function seedDemoData(
  store: PlanStore,
  today: IsoDate,
  happenedAt: (instant: IsoDateTime) => void = () => undefined,
): Promise<void> {
  const demo = shiftDemoDates(today);
  happenedAt(demo.startedAt);
  await store.ensureSchema();
  await store.createPlan(demo.plan);
  const dcs = DEMO_PERSONAS.find((p) => p.id === SEED_USER_ID);
  if (!dcs) throw new Error(`The demo directory has no ${SEED_USER_ID}.`);
  const others = DEMO_PERSONAS.filter((p) => p.id !== dcs.id);
  // The DCS joins first: until the plan has a plan admin, only its creator may add members.
  await store.addMembers([memberOf(dcs)]);
  await store.addMembers(others.map(memberOf));
  await store.createFindings(demo.findings);
  for (const action of demo.actions) await store.createAction(action);
  const agencyOf = new Map(demo.actions.map((a) => [a.id as string, a.leadAgency]));
  for (const progress of demo.updates) {
    happenedAt(progress.at);
    await store.addProgressUpdate(progress, agencyOf.get(progress.actionId)!);
  }
}
