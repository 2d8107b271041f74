import type { Action } from '../../src/domain/action';
import { blankActionValues } from '../../src/domain/action-field-values';
import { DEFAULT_AGENCIES } from '../../src/domain/agency';
import { isoDate } from '../../src/domain/dates';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from '../../src/domain/ids';
import type { Member, Role } from '../../src/domain/member';

export const PLAN_ID = 'plan-test' as PlanId;
export const AGENCIES = DEFAULT_AGENCIES;

export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    ...blankActionValues(),
    id: 'act-1' as ActionId,
    planId: PLAN_ID,
    findingId: 'fnd-1' as FindingId,
    title: 'Hold a daily multi-agency MASH meeting',
    leadAgency: 'police',
    contributingAgencies: [],
    leadOfficer: null,
    sponsoringDirector: '',
    milestones: [],
    startDate: isoDate('2026-01-05'),
    targetDate: isoDate('2026-06-30'),
    successMeasure: '',
    measuredBy: '',
    evidence: [],
    status: 'not-started',
    statusReason: '',
    order: 0,
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

export function aMember(role: Role, agency: Member['agency'] = null): Member {
  return {
    id: `mem-${role}` as MemberId,
    planId: PLAN_ID,
    userId: `u-${role}` as UserId,
    displayName: role,
    email: `${role}@example.gov.uk`,
    jobTitle: role,
    role,
    agency,
  };
}
