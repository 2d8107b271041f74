import type { Action } from '../../../src/domain/action';
import type { AgencyKey } from '../../../src/domain/agency';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import type { Finding } from '../../../src/domain/finding';
import type { ActionId, FindingId, MemberId, UserId } from '../../../src/domain/ids';
import type { Member, Role } from '../../../src/domain/member';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import type { Result } from '../../../src/domain/result';
import { canonicalContent, canonicalContentForAgency } from '../../../src/domain/workflow/canonical-content';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import type { ChainStageKey } from '../../../src/domain/workflow/stage-vocabulary';
import { transition, type TransitionResult } from '../../../src/domain/workflow/transition';
import type { WorkflowError } from '../../../src/domain/workflow/workflow-error';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { AGENCIES, PLAN_ID, anAction } from '../fixtures';

export { PLAN_ID };
export const NOW = '2018-04-10T09:00:00.000Z' as IsoDateTime;

function person(key: string, role: Role, agency: AgencyKey | null, displayName: string): Member {
  return {
    id: `mem-${key}` as MemberId,
    planId: PLAN_ID,
    userId: `u-${key}` as UserId,
    displayName,
    email: `${key}@example.gov.uk`,
    jobTitle: role,
    role,
    agency,
  };
}

export const people = {
  dcs: person('dcs', 'plan-admin', null, 'Ann Graham'),
  improvementLead: person('improve', 'improvement-lead', null, 'Imran Khan'),
  policeOwner: person('police-owner', 'agency-owner', 'police', 'Pat Owen'),
  policeQa: person('police-qa', 'agency-qa-lead', 'police', 'Quinn Adams'),
  healthQa: person('health-qa', 'agency-qa-lead', 'health', 'Hana Patel'),
  cscQa: person('csc-qa', 'agency-qa-lead', 'childrens-social-care', 'Cass Moore'),
  councilPartner: person('council', 'safeguarding-partner', null, 'Zina Obi'),
  icbPartner: person('icb', 'safeguarding-partner', 'health', 'Ike Brown'),
  policePartner: person('police-chief', 'safeguarding-partner', 'police', 'Bo Stone'),
  leadMember: person('lead-member', 'lead-member', null, 'Cllr Lee Ward'),
  chiefExecutive: person('chief-exec', 'chief-executive', null, 'Cee Hart'),
  reader: person('reader', 'reader', null, 'Rea Dale'),
} as const;
export type PersonKey = keyof typeof people;

export const PARTNERS = [people.councilPartner, people.icbPartner, people.policePartner];
export const QA_LEADS = [people.policeQa, people.healthQa, people.cscQa];

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'fnd-1' as FindingId,
    planId: PLAN_ID,
    type: 'improvement',
    text: 'Partners need to be included in decision making in the MASH.',
    subItems: [],
    heading: null,
    agencies: ['police', 'childrens-social-care'],
    order: 0,
    ...overrides,
  };
}

export const actionOf = (id: string, leadAgency: AgencyKey, overrides: Partial<Action> = {}): Action =>
  anAction({ id: id as ActionId, leadAgency, ...overrides });

export function aSnapshot(overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    plan: {
      id: PLAN_ID,
      title: 'Haringey JTAI: abuse and neglect (2018)',
      area: 'Haringey',
      inspectionType: 'jtai',
      theme: 'abuse and neglect',
      letterDate: isoDate('2018-01-30'),
      fieldwork: { start: isoDate('2017-12-04'), end: isoDate('2017-12-08') },
      principalAuthority: 'Director of Children’s Services',
      printedDeadline: isoDate('2018-05-11'),
      agencies: AGENCIES,
      stage: 'drafting',
      archived: false,
      foreword: '',
      monitoringArrangements: '',
    },
    findings: [
      aFinding(),
      aFinding({ id: 'fnd-2' as FindingId, text: 'Health input to safeguarding.', order: 1, agencies: ['health'] }),
    ],
    actions: [
      actionOf('act-1', 'police', { title: 'Daily multi-agency MASH meeting' }),
      actionOf('act-2', 'health', { findingId: 'fnd-2' as FindingId, title: 'Named GP in the MASH', order: 1 }),
      actionOf('act-3', 'childrens-social-care', { title: 'Thresholds training for partners', order: 2 }),
    ],
    updates: [],
    members: Object.values(people),
    signOffs: [],
    ...overrides,
  };
}

export const CONTENT = aSnapshot();

/** A copy of the content with one action changed. */
export function withAction(content: PlanSnapshot, id: string, change: Partial<Action>): PlanSnapshot {
  return { ...content, actions: content.actions.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

export const apply = (
  g: Governance,
  event: WorkflowEvent,
  actor: Member,
  content: PlanSnapshot = CONTENT,
  now: IsoDateTime = NOW,
): Result<TransitionResult, WorkflowError> => transition(g, event, actor, now, content);

export function must(result: Result<TransitionResult, WorkflowError>): TransitionResult {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function refused(result: Result<TransitionResult, WorkflowError>): WorkflowError {
  if (result.ok) throw new Error('Expected a refusal, but the transition succeeded');
  return result.error;
}

export const mustApply = (g: Governance, event: WorkflowEvent, actor: Member, content: PlanSnapshot = CONTENT) =>
  must(apply(g, event, actor, content)).governance;

export const qaApprove = (agency: AgencyKey, content: PlanSnapshot = CONTENT): WorkflowEvent => ({
  type: 'qa-approve',
  agency,
  comment: '',
  contentHash: contentHashForAgency(content, agency),
  signed: canonicalContentForAgency(content, agency),
});

export const partnerApprove = (content: PlanSnapshot = CONTENT): WorkflowEvent => ({
  type: 'partner-approve',
  comment: '',
  contentHash: contentHash(content),
  signed: canonicalContent(content),
});

export const executiveApprove = (content: PlanSnapshot = CONTENT): WorkflowEvent => ({
  type: 'executive-sign',
  decision: 'approve',
  comment: '',
  contentHash: contentHash(content),
  signed: canonicalContent(content),
});

const ADVANCE: WorkflowEvent = { type: 'advance', note: '' };

/** The default chain, walked with real events, as [event, actor] pairs. */
export const HAPPY_PATH = (content: PlanSnapshot = CONTENT): readonly (readonly [WorkflowEvent, Member])[] => [
  [ADVANCE, people.dcs],
  [qaApprove('police', content), people.policeQa],
  [qaApprove('health', content), people.healthQa],
  [qaApprove('childrens-social-care', content), people.cscQa],
  [ADVANCE, people.dcs],
  [ADVANCE, people.dcs],
  [ADVANCE, people.dcs],
  ...PARTNERS.map((p) => [partnerApprove(content), p] as const),
  [executiveApprove(content), people.leadMember],
  [executiveApprove(content), people.chiefExecutive],
  [{ type: 'submit', date: isoDate('2018-04-10'), documentRef: 'Haringey-WSoA-v3.docx' }, people.dcs],
  [{ type: 'close', reason: 'Delivery handed to the new partnership arrangements' }, people.dcs],
];

/** Governance driven along the default chain by real events until it reaches `stage`. */
export function governanceAt(
  stage: ChainStageKey,
  content: PlanSnapshot = CONTENT,
  start: Governance = initialGovernance(PLAN_ID),
): Governance {
  let g = start;
  for (const [event, actor] of HAPPY_PATH(content)) {
    if (g.stage === stage) return g;
    g = mustApply(g, event, actor, content);
  }
  if (g.stage !== stage) throw new Error(`The happy path never reached ${stage}`);
  return g;
}
