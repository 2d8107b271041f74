import { ACTION_STATUSES, type Action } from '../../src/domain/action';
import { blankActionValues } from '../../src/domain/action-field-values';
import { addDaysIso, isoDate, type IsoDateTime } from '../../src/domain/dates';
import type { Finding, FindingType } from '../../src/domain/finding';
import type { ActionId, FindingId, UserId } from '../../src/domain/ids';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { HARINGEY_PLAN, HARINGEY_PLAN_ID, haringeyMemberId } from '../../src/emulator/seed/haringey-2018';
import { HARINGEY_MEMBERS } from '../export/support/snapshots';

const OFFICERS = ['u-csc-owner', 'u-police-owner', 'u-health-owner', 'u-probation-owner', 'u-education-owner'];
const AGENCIES = ['childrens-social-care', 'police', 'health', 'probation', 'education', 'partnership'];
const SENTENCE =
  'Partners will strengthen joint decision making at the front door so that every contact is assessed against agreed thresholds, with a recorded rationale and a timely outcome for the child.';

function finding(n: number, type: FindingType): Finding {
  return {
    id: `fnd-bench-${n}` as FindingId,
    planId: HARINGEY_PLAN_ID,
    type,
    text: `${n}. ${SENTENCE}`,
    subItems: n % 5 === 0 ? ['A sub-point the letter made under this finding.'] : [],
    heading: null,
    agencies: [AGENCIES[n % AGENCIES.length]!],
    order: n,
  };
}

function action(n: number, findings: readonly Finding[]): Action {
  const start = addDaysIso(isoDate('2018-02-12'), n % 30);
  return {
    ...blankActionValues(),
    id: `act-bench-${n}` as ActionId,
    planId: HARINGEY_PLAN_ID,
    findingId: findings[n % findings.length]!.id,
    title: `Action ${n}: ${SENTENCE}`,
    leadAgency: AGENCIES[n % AGENCIES.length]!,
    contributingAgencies: [AGENCIES[(n + 1) % AGENCIES.length]!],
    leadOfficer: haringeyMemberId(OFFICERS[n % OFFICERS.length]!),
    sponsoringDirector: 'Director of Children’s Services',
    milestones: [
      { title: 'Plan agreed', due: addDaysIso(start, 14), done: true },
      { title: 'First audit', due: addDaysIso(start, 60), done: false },
    ],
    startDate: start,
    targetDate: addDaysIso(start, 120),
    successMeasure: 'Monthly audit of 40 cases shows the standard met in at least 95% of them.',
    measuredBy: 'Multi-agency audit reported to the partnership executive each quarter.',
    evidence: [{ title: 'Audit report', url: `https://example.gov.uk/evidence/${n}` }],
    status: ACTION_STATUSES[n % ACTION_STATUSES.length]!,
    statusReason: n % 5 === 2 ? 'Recruitment delayed; interim cover in place.' : '',
    order: n,
    updatedAt: '2018-03-05T14:30:00.000Z' as IsoDateTime,
    updatedBy: 'u-dcs' as UserId,
  };
}

/** A large plan: 2 priority actions, 60 areas for improvement, 8 strengths and `actions` actions. */
export function largeSnapshot(actions = 500): PlanSnapshot {
  const findings = [
    ...Array.from({ length: 2 }, (_, i) => finding(i, 'priority-action')),
    ...Array.from({ length: 60 }, (_, i) => finding(i + 2, 'improvement')),
    ...Array.from({ length: 8 }, (_, i) => finding(i + 62, 'strength')),
  ];
  const withActions = findings.filter((f) => f.type !== 'strength');
  return {
    plan: HARINGEY_PLAN,
    findings,
    actions: Array.from({ length: actions }, (_, n) => action(n, withActions)),
    updates: [],
    members: HARINGEY_MEMBERS,
    signOffs: [],
  };
}
