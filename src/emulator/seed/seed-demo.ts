import type { PlanStore } from '../../data/plan-store.port';
import type { ActionStatus } from '../../domain/action';
import type { IsoDateTime } from '../../domain/dates';
import type { ActionId, UpdateId, UserId } from '../../domain/ids';
import type { Member } from '../../domain/member';
import type { ProgressUpdate } from '../../domain/progress-update';
import { DEMO_PERSONAS, type DemoPersona } from './demo-directory';
import {
  HARINGEY_ACTIONS,
  HARINGEY_FINDINGS,
  HARINGEY_PLAN,
  HARINGEY_PLAN_ID,
  haringeyMemberId,
} from './haringey-2018';

/** The persona the seed signs in as: the DCS, who starts the plan and so becomes its admin. */
export const SEED_USER_ID = 'u-dcs' as UserId;

const seedUser = (): DemoPersona => {
  const persona = DEMO_PERSONAS.find((p) => p.id === SEED_USER_ID);
  if (!persona) throw new Error(`The demo directory has no ${SEED_USER_ID}.`);
  return persona;
};

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

const update = (
  n: number,
  actionId: string,
  at: string,
  text: string,
  status: ActionStatus | null,
): ProgressUpdate => ({
  id: `upd-haringey-${String(n).padStart(2, '0')}` as UpdateId,
  planId: HARINGEY_PLAN_ID,
  actionId: actionId as ActionId,
  authorId: SEED_USER_ID,
  authorName: seedUser().displayName,
  at: at as IsoDateTime,
  text,
  status,
});

/** Progress the DCS recorded in the weeks after the plan started (posted in her own name). */
const PROGRESS: readonly ProgressUpdate[] = [
  update(
    1,
    'act-haringey-01',
    '2018-02-26T10:00:00.000Z',
    'Daily MASH meeting running since 19 February; police and health attend every day.',
    'on-track',
  ),
  update(
    2,
    'act-haringey-02',
    '2018-03-05T14:30:00.000Z',
    'One detective constable seconded; the second post is delayed until June, with interim cover from the Public Protection Unit.',
    'at-risk',
  ),
  update(
    3,
    'act-haringey-06',
    '2018-03-19T09:15:00.000Z',
    'The LSCB meeting to approve the neglect strategy has moved from May to July.',
    'off-track',
  ),
];

/**
 * Seeds the Haringey 2018 demo plan through a PlanStore (the Graph adapter, signed in as the
 * DCS). Meant for an empty site: it creates, it does not reconcile.
 */
export async function seedDemoData(store: PlanStore): Promise<void> {
  await store.ensureSchema();
  await store.createPlan(HARINGEY_PLAN);
  const dcs = seedUser();
  const others = DEMO_PERSONAS.filter((p) => p.id !== dcs.id);
  // The DCS joins first: until the plan has a plan admin, only its creator may add members.
  await store.addMembers([memberOf(dcs)]);
  await store.addMembers(others.map(memberOf));
  await store.createFindings(HARINGEY_FINDINGS);
  for (const action of HARINGEY_ACTIONS) await store.createAction(action);
  for (const progress of PROGRESS) await store.addProgressUpdate(progress);
}
