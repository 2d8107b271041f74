import type { Action } from './action';
import type { AgencyKey } from './agency';
import type { ActionId, FindingId, PlanId } from './ids';

/** A blank action under a finding, for the person to fill in. */
export function newAction(input: {
  readonly id: ActionId;
  readonly planId: PlanId;
  readonly findingId: FindingId;
  readonly leadAgency: AgencyKey;
  readonly order: number;
}): Action {
  return {
    ...input,
    title: '',
    contributingAgencies: [],
    leadOfficer: null,
    sponsoringDirector: '',
    milestones: [],
    startDate: null,
    targetDate: null,
    successMeasure: '',
    measuredBy: '',
    evidence: [],
    status: 'not-started',
    statusReason: '',
    updatedAt: null,
    updatedBy: null,
  };
}
