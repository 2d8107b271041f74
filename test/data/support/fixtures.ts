import type { Action } from '../../../src/domain/action';
import { blankActionValues } from '../../../src/domain/action-field-values';
import { DEFAULT_AGENCIES } from '../../../src/domain/agency';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import type { Finding } from '../../../src/domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UpdateId, UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { Plan } from '../../../src/domain/plan';
import type { ProgressUpdate } from '../../../src/domain/progress-update';
import { findPersona } from '../../../src/emulator/seed/demo-directory';

/** Domain values for store tests: complete, valid, and distinct per call where ids matter. */

let counter = 0;
export const uniqueSuffix = (): string => `${Date.now().toString(36)}-${(counter += 1)}`;

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: `plan-${uniqueSuffix()}` as PlanId,
    title: 'Haringey JTAI 2018: abuse and neglect',
    area: 'Haringey',
    inspectionType: 'jtai',
    theme: 'abuse and neglect',
    letterDate: isoDate('2018-01-30'),
    fieldwork: { start: isoDate('2017-12-04'), end: isoDate('2017-12-08') },
    principalAuthority: "Director of Children's Services, on behalf of the partnership",
    printedDeadline: isoDate('2018-05-11'),
    agencies: DEFAULT_AGENCIES,
    stage: 'drafting',
    archived: false,
    foreword: '',
    monitoringArrangements: '',
    ...overrides,
  };
}

export function aFinding(planId: PlanId, order: number, overrides: Partial<Finding> = {}): Finding {
  return {
    id: `fnd-${uniqueSuffix()}` as FindingId,
    planId,
    type: 'improvement',
    text: `Finding ${order + 1}: the "voice of the child" is not heard; it's recorded too late`,
    subItems: ['In the MASH', 'At strategy meetings'],
    heading: order % 2 === 0 ? 'Health' : null,
    agencies: ['health', 'police'],
    order,
    ...overrides,
  };
}

export function anAction(planId: PlanId, findingId: FindingId, order: number, overrides: Partial<Action> = {}): Action {
  return {
    ...blankActionValues(),
    id: `act-${uniqueSuffix()}` as ActionId,
    planId,
    findingId,
    title: `Action ${order + 1}: hold a daily multi-agency meeting`,
    leadAgency: 'health',
    contributingAgencies: ['police'],
    leadOfficer: 'mem-lead-officer' as MemberId,
    sponsoringDirector: 'Director of Public Health',
    milestones: [{ title: 'Terms of reference agreed', due: isoDate('2018-03-01'), done: true }],
    startDate: isoDate('2018-02-12'),
    targetDate: isoDate('2018-06-29'),
    successMeasure: 'Audit shows a joint decision in 95% of contacts',
    measuredBy: 'Monthly MASH dashboard',
    evidence: [{ title: 'Audit', url: 'https://example.gov.uk/audit.pdf' }],
    status: 'on-track',
    statusReason: '',
    order,
    updatedAt: '2018-03-01T09:30:00.000Z' as IsoDateTime,
    updatedBy: 'u-dcs' as UserId,
    ...overrides,
  };
}

/** A plan member made from a demo persona, in that persona's role unless told otherwise. */
export function aMember(planId: PlanId, personaId: string, overrides: Partial<Member> = {}): Member {
  const persona = findPersona(personaId);
  if (!persona) throw new Error(`No demo persona ${personaId}`);
  return {
    id: `mem-${uniqueSuffix()}` as MemberId,
    planId,
    userId: persona.id,
    displayName: persona.displayName,
    email: persona.email,
    jobTitle: persona.jobTitle,
    role: persona.role,
    agency: persona.agency,
    ...overrides,
  };
}

export function anUpdate(
  planId: PlanId,
  actionId: ActionId,
  authorId: string,
  overrides: Partial<ProgressUpdate> = {},
): ProgressUpdate {
  return {
    id: `upd-${uniqueSuffix()}` as UpdateId,
    planId,
    actionId,
    authorId: authorId as UserId,
    authorName: findPersona(authorId)?.displayName ?? authorId,
    at: '2018-04-02T10:00:00.000Z' as IsoDateTime,
    text: 'Two detective constables seconded from 1 April.',
    status: 'on-track',
    ...overrides,
  };
}
