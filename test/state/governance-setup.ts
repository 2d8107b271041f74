import type { Action } from '../../src/domain/action';
import { blankActionValues } from '../../src/domain/action-field-values';
import { DEFAULT_AGENCIES, type AgencyKey } from '../../src/domain/agency';
import { addDaysIso, isoDate, type IsoDate } from '../../src/domain/dates';
import type { Finding } from '../../src/domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import type { Plan } from '../../src/domain/plan';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { contentHash, contentHashForAgency } from '../../src/domain/workflow/content-hash';
import type { WorkflowEvent } from '../../src/domain/workflow/workflow-event';
import type { PlanStore } from '../../src/data/plan-store.port';
import { DEMO_PERSONAS } from '../../src/emulator/seed/demo-directory';
import { HARINGEY_FINDINGS } from '../../src/emulator/seed/haringey-2018';
import type { WorkflowOutcome } from '../../src/state/governance-outcome';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';

/**
 * A plan of its own for each governance test (the workflow only moves forward), started by the
 * DCS with every demo persona as a member and three actions from the Haringey plan: one each
 * for children's social care, police and health, whose QA leads are personas.
 */
export interface GovernancePlanOptions {
  /** Short and unique on the site, e.g. "chain". */
  readonly key: string;
  readonly title?: string;
  /** The findings letter's date; action dates follow it. Haringey's 30 January 2018 unless given. */
  readonly letterDate?: IsoDate;
  /** The DCS's own introduction and foreword to the statement; none unless given. */
  readonly foreword?: string;
}

const memberId = (planId: PlanId, persona: string) => `mem-${planId.slice(5)}-${persona.slice(2)}` as MemberId;

export const QA_AGENCIES: readonly AgencyKey[] = ['childrens-social-care', 'police', 'health'];
export const PARTNER_IDS = ['u-partner-la', 'u-partner-police', 'u-partner-health'] as const;

function actionsFor(planId: PlanId, findings: readonly FindingId[], letterDate: IsoDate): Action[] {
  const at = (days: number) => addDaysIso(letterDate, days);
  const base = (
    n: number,
    leadAgency: AgencyKey,
    owner: string,
    findingId: FindingId,
    title: string,
    measure: string,
  ): Action => ({
    ...blankActionValues(),
    id: `act-${planId.slice(5)}-${n}` as ActionId,
    planId,
    findingId,
    title,
    leadAgency,
    contributingAgencies: [],
    leadOfficer: memberId(planId, owner),
    sponsoringDirector: '',
    milestones: [],
    startDate: at(13),
    targetDate: at(150),
    successMeasure: measure,
    measuredBy: '',
    evidence: [],
    status: 'not-started',
    statusReason: '',
    order: n,
    updatedAt: null,
    updatedBy: null,
  });
  return [
    base(
      1,
      'childrens-social-care',
      'u-csc-owner',
      findings[0]!,
      'Hold a daily multi-agency MASH meeting in which police, health and social care agree the outcome of every contact rated amber or red.',
      'Audit of 40 contacts a month shows a recorded joint decision in at least 95%.',
    ),
    base(
      2,
      'police',
      'u-police-owner',
      findings[0]!,
      'Second two detective constables to the MASH so that police checks are completed within 24 hours of a request.',
      'Police checks returned within 24 hours in 90% of cases (monthly MASH dashboard).',
    ),
    base(
      3,
      'health',
      'u-health-owner',
      findings[1]!,
      'Deliver neglect-recognition training, using the neglect toolkit, to all health visitors, school nurses and GP safeguarding leads.',
      '90% of the named staff trained; referrals from health citing neglect indicators rise quarter on quarter.',
    ),
  ];
}

/** Creates the plan through the DCS's store and returns its id. */
export async function startGovernancePlan(dcs: PlanStore, options: GovernancePlanOptions): Promise<PlanId> {
  const planId = `plan-gov-${options.key}` as PlanId;
  const letterDate = options.letterDate ?? isoDate('2018-01-30');
  const plan: Plan = {
    id: planId,
    title: options.title ?? `Haringey JTAI 2018 governance (${options.key})`,
    area: 'Haringey',
    inspectionType: 'jtai',
    theme: 'abuse and neglect',
    letterDate,
    fieldwork: null,
    principalAuthority: "Director of Children's Services, Haringey Council, on behalf of the partnership",
    printedDeadline: options.letterDate ? null : isoDate('2018-05-11'),
    agencies: DEFAULT_AGENCIES,
    stage: 'drafting',
    archived: false,
    foreword: options.foreword ?? '',
    monitoringArrangements: '',
  };
  await dcs.createPlan(plan);
  const members: Member[] = DEMO_PERSONAS.map((p) => ({
    id: memberId(planId, p.id),
    planId,
    userId: p.id,
    displayName: p.displayName,
    email: p.email,
    jobTitle: p.jobTitle,
    role: p.role,
    agency: p.agency,
  }));
  await dcs.addMembers(members.filter((m) => m.userId === 'u-dcs'));
  await dcs.addMembers(members.filter((m) => m.userId !== 'u-dcs'));
  const findings: Finding[] = [HARINGEY_FINDINGS[0]!, HARINGEY_FINDINGS[6]!].map((f, order) => ({
    ...f,
    id: `fnd-${planId.slice(5)}-${order + 1}` as FindingId,
    planId,
    order,
  }));
  await dcs.createFindings(findings);
  for (const action of actionsFor(
    planId,
    findings.map((f) => f.id),
    letterDate,
  ))
    await dcs.createAction(action);
  return planId;
}

/** A plan view store for a persona, opened on the plan, with a fixed clock. */
export async function openAs(
  storeFor: (persona: string) => PlanStore,
  persona: string,
  planId: PlanId,
  now = new Date('2018-03-01T10:00:00Z'),
) {
  let n = 0;
  const view = createPlanViewStore({
    store: storeFor(persona),
    userId: persona as UserId,
    userName: persona,
    ids: idSource(() => `${persona.slice(2)}-${Date.now().toString(36)}-${++n}`),
    now: () => now,
    pending: memoryPendingEditStorage(),
  });
  await view.getState().open(planId);
  if (view.getState().load.status !== 'ready') throw new Error(`${persona} could not open ${planId}`);
  await checked(view);
  return view;
}

/** Waits while actions, updates and hand-overs are checked against their history in the background, as a person would. */
async function checked(view: ReturnType<typeof createPlanViewStore>) {
  const waiting = () => {
    const trust = view.getState().trust;
    const items = [...(trust?.uncountedActions ?? []), ...(trust?.uncountedUpdates ?? [])];
    return items.some((u) => u.checking) || trust?.checkingChanges === true;
  };
  for (let tries = 0; waiting(); tries += 1) {
    if (tries > 1000) throw new Error('The plan’s actions and updates were never checked.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An event built from the plan as the actor sees it (sign events carry the hash shown). */
export type Step = readonly [persona: string, event: (snapshot: PlanSnapshot) => WorkflowEvent];

export const advance =
  (note = ''): ((s: PlanSnapshot) => WorkflowEvent) =>
  () => ({ type: 'advance', note });
export const qaApprove =
  (agency: AgencyKey) =>
  (s: PlanSnapshot): WorkflowEvent => ({
    type: 'qa-approve',
    agency,
    comment: '',
    contentHash: contentHashForAgency(s, agency),
  });
export const partnerApprove = (s: PlanSnapshot): WorkflowEvent => ({
  type: 'partner-approve',
  comment: '',
  contentHash: contentHash(s),
});
export const executiveApprove = (s: PlanSnapshot): WorkflowEvent => ({
  type: 'executive-sign',
  decision: 'approve',
  comment: '',
  contentHash: contentHash(s),
});

/** Drafting to partnership approval: QA by the three QA leads, then the DCS through review and amendments. */
export const TO_PARTNERSHIP_APPROVAL: readonly Step[] = [
  ['u-dcs', advance()],
  ['u-csc-qa', qaApprove('childrens-social-care')],
  ['u-police-qa', qaApprove('police')],
  ['u-health-qa', qaApprove('health')],
  ['u-dcs', advance('Collated into one draft')],
  ['u-dcs', advance('Review closed')],
  ['u-dcs', advance('Amendments made')],
];

export const TO_EXECUTIVE_SIGN_OFF: readonly Step[] = [
  ...TO_PARTNERSHIP_APPROVAL,
  ...PARTNER_IDS.map((p): Step => [p, partnerApprove]),
];

/** Runs the steps, each as its persona on a freshly opened view; throws on the first that is not done. */
export async function walk(
  storeFor: (persona: string) => PlanStore,
  planId: PlanId,
  steps: readonly Step[],
): Promise<WorkflowOutcome[]> {
  const outcomes: WorkflowOutcome[] = [];
  for (const [persona, eventOf] of steps) {
    const view = await openAs(storeFor, persona, planId);
    const outcome = await view.getState().dispatch(eventOf(view.getState().snapshot!));
    if (outcome.status !== 'done') throw new Error(`${persona}: ${outcome.status} ${outcome.message}`);
    outcomes.push(outcome);
  }
  return outcomes;
}
