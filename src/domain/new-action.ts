import type { Action } from './action';
import { blankActionValues } from './action-field-values';
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
  return { ...blankActionValues(), ...input };
}
