import type { Action, ActionStatus } from '../../domain/action';
import { blankActionValues } from '../../domain/action-field-values';
import { DEFAULT_AGENCIES, type AgencyKey } from '../../domain/agency';
import { isoDate } from '../../domain/dates';
import type { Finding } from '../../domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';

/**
 * Haringey's 2018 JTAI (abuse and neglect) in its own dates. Findings are the areas for
 * improvement as the council summarised them to its scrutiny panel (8 March 2018). The demo
 * seeds it moved to around today (see demo-plan-in-flight.ts); texts name no month or year so
 * they stay true wherever its dates land.
 */
export const HARINGEY_PLAN_ID = 'plan-haringey-2018' as PlanId;

export const HARINGEY_PLAN: Plan = {
  id: HARINGEY_PLAN_ID,
  title: 'Haringey JTAI 2018: abuse and neglect',
  area: 'Haringey',
  inspectionType: 'jtai',
  theme: 'abuse and neglect',
  letterDate: isoDate('2018-01-30'),
  fieldwork: { start: isoDate('2017-12-04'), end: isoDate('2017-12-08') },
  principalAuthority: "Director of Children's Services, Haringey Council, on behalf of the partnership",
  printedDeadline: isoDate('2018-05-11'),
  agencies: DEFAULT_AGENCIES,
  stage: 'drafting',
  archived: false,
  foreword: '',
  monitoringArrangements: '',
};

type Tags = readonly AgencyKey[];
const CSC: Tags = ['childrens-social-care'];
const ALL: Tags = ['partnership', 'childrens-social-care', 'police', 'health'];

const IMPROVEMENTS: readonly (readonly [string, Tags])[] = [
  ['Joint partnership decision making in the MASH', ['partnership', 'childrens-social-care', 'police', 'health']],
  ['Understanding and application of thresholds', ALL],
  ['Practice at the front door', ['childrens-social-care', 'police', 'health']],
  ["Consideration of families' historical context", ALL],
  ['Voice of the child', ALL],
  ['Engagement with parents', CSC],
  ['Identification of neglect', ALL],
  ['Planning and monitoring', CSC],
  ['Cultural competency', ALL],
  ['Systems for information sharing', ['partnership', 'police', 'health', 'childrens-social-care']],
  ['Performing safeguarding checks at key points of assessment', ['childrens-social-care', 'health', 'probation']],
  ['Understanding of early help across the partnership', ['partnership', 'education', 'health']],
  ['The LSCB must quicken its pace of improvement', ['partnership']],
  ['LSCB and partnership: insufficient strategic leadership or prioritisation', ['partnership']],
  ['LSCB monitoring of action plans addressing partners and accountability', ['partnership']],
  ['LSCB challenge to partners to ensure timely action', ['partnership']],
  ["Reducing over-reliance on children's social care", ['partnership', 'police', 'health', 'education']],
  [
    'The potential of the MASH (multi-agency safeguarding hub) must be realised',
    ['partnership', 'childrens-social-care', 'police', 'health'],
  ],
  ['Partners to be included in decision making', ['childrens-social-care']],
  ['Ensuring early help support meets the needs of families', ['childrens-social-care', 'education']],
  ['Promoting health input to safeguarding', ['health']],
  ['Assessments and use of the neglect toolkit', ['childrens-social-care', 'health', 'education']],
  ['Outcome-focused plans', CSC],
  ['Effective supervision, retention and recruitment of social workers', CSC],
  ['Ensuring children are seen in a timely way', CSC],
  ['Practice is too variable', CSC],
  ['Quality assurance has to be systematic', ['childrens-social-care', 'partnership']],
  ['Commissioning has to fit need (coherence)', ['childrens-social-care', 'health']],
  ['Parenting programmes have to be sufficient', ['childrens-social-care', 'health']],
  ['Early help has to be prioritised (currently underdeveloped)', ['childrens-social-care', 'partnership']],
  [
    'Families need the right help at the right time (Think Family)',
    ['partnership', 'childrens-social-care', 'probation'],
  ],
];

export const HARINGEY_FINDINGS: readonly Finding[] = IMPROVEMENTS.map(([text, agencies], order) => ({
  id: `fnd-haringey-${String(order + 1).padStart(2, '0')}` as FindingId,
  planId: HARINGEY_PLAN_ID,
  type: 'improvement',
  text,
  subItems: [],
  heading: null,
  agencies,
  order,
}));

const finding = (n: number): FindingId => `fnd-haringey-${String(n).padStart(2, '0')}` as FindingId;
const member = (persona: string): MemberId => `mem-haringey-${persona}` as MemberId;

interface ActionSeed {
  readonly n: number;
  readonly finding: number;
  readonly lead: AgencyKey;
  readonly officer: string;
  readonly title: string;
  readonly target: string;
  readonly measure: string;
  readonly status: ActionStatus;
  readonly reason?: string;
}

const ACTION_SEEDS: readonly ActionSeed[] = [
  {
    n: 1,
    finding: 1,
    lead: 'childrens-social-care',
    officer: 'u-csc-owner',
    title:
      'Hold a daily multi-agency MASH meeting in which police, health and social care agree the outcome of every contact rated amber or red.',
    target: '2018-06-29',
    measure: 'Audit of 40 contacts a month shows a recorded joint decision in at least 95%.',
    status: 'on-track',
  },
  {
    n: 2,
    finding: 1,
    lead: 'police',
    officer: 'u-police-owner',
    title:
      'Second two detective constables to the MASH so that police checks are completed within 24 hours of a request.',
    target: '2018-05-31',
    measure: 'Police checks returned within 24 hours in 90% of cases (monthly MASH dashboard).',
    status: 'at-risk',
    reason: 'Recruitment to the second post is delayed; interim cover from the Public Protection Unit.',
  },
  {
    n: 3,
    finding: 7,
    lead: 'health',
    officer: 'u-health-owner',
    title:
      'Deliver neglect-recognition training, using the neglect toolkit, to all health visitors, school nurses and GP safeguarding leads.',
    target: '2018-09-30',
    measure: '90% of the named staff trained; referrals from health citing neglect indicators rise quarter on quarter.',
    status: 'not-started',
  },
  {
    n: 4,
    finding: 11,
    lead: 'probation',
    officer: 'u-probation-owner',
    title:
      "Add a mandatory children's safeguarding check to every pre-sentence report and assessment where the person lives with or has contact with children.",
    target: '2018-07-31',
    measure: 'Quarterly case audit shows the check recorded in 100% of sampled assessments.',
    status: 'on-track',
  },
  {
    n: 5,
    finding: 12,
    lead: 'education',
    officer: 'u-education-owner',
    title: 'Publish an early help guide for schools and run termly briefings for designated safeguarding leads.',
    target: '2018-10-31',
    measure: 'Every school represented at a briefing; early help assessments initiated by schools increase by 20%.',
    status: 'not-started',
  },
  {
    n: 6,
    finding: 13,
    lead: 'partnership',
    officer: 'u-improvement-lead',
    title:
      'Agree a neglect strategy and a partnership performance framework with quarterly reporting to the LSCB executive.',
    target: '2018-06-30',
    measure: 'Strategy approved by the LSCB; first quarterly performance report presented in the following quarter.',
    status: 'off-track',
    reason: 'Board meeting to approve the strategy postponed by two months.',
  },
];

export const HARINGEY_ACTIONS: readonly Action[] = ACTION_SEEDS.map((a, order) => ({
  ...blankActionValues(),
  id: `act-haringey-${String(a.n).padStart(2, '0')}` as ActionId,
  planId: HARINGEY_PLAN_ID,
  findingId: finding(a.finding),
  title: a.title,
  leadAgency: a.lead,
  contributingAgencies: [],
  leadOfficer: member(a.officer),
  sponsoringDirector: '',
  milestones: [],
  startDate: isoDate('2018-02-12'),
  targetDate: isoDate(a.target),
  successMeasure: a.measure,
  measuredBy: '',
  evidence: [],
  status: a.status,
  statusReason: a.reason ?? '',
  order,
  updatedAt: null,
  updatedBy: null as UserId | null,
}));

/** The member id the seed gives a demo persona in the Haringey plan. */
export const haringeyMemberId = member;
