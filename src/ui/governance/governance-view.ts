import { formatDateTime, isoDateTime, type IsoDate, type IsoDateTime } from '../../domain/dates';
import type { Member } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Governance } from '../../domain/workflow/governance';
import type { SlotState } from '../../domain/workflow/sign-off-status';
import { transition } from '../../domain/workflow/transition';
import type { WorkflowError } from '../../domain/workflow/workflow-error';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import type { GovernanceTrust } from '../../state/governance-trust';

/** Everything a governance section shows, read once by the panel. */
export interface GovernanceView {
  readonly snapshot: PlanSnapshot;
  readonly governance: Governance;
  /** The signed-in person's membership (null: they only read the plan). */
  readonly me: Member | null;
  readonly today: IsoDate;
  /** Plan admin or improvement lead: runs the chain. */
  readonly admin: boolean;
  /** What reading the plan's record found that did not count. */
  readonly trust: GovernanceTrust | null;
}

export const whenText = (at: IsoDateTime): string => `${formatDateTime(at)} (UK time)`;

export const SLOT_LABEL: Record<SlotState, string> = {
  awaiting: 'Waiting',
  approved: 'Approved',
  returned: 'Returned',
  'changed-since-approval': 'Changed since approval',
};

export const memberName = (snapshot: PlanSnapshot, id: string | null): string =>
  id === null ? '(none)' : (snapshot.members.find((m) => m.id === id)?.displayName ?? id);

/**
 * Asks the reducer, without storing anything, whether the signed-in person could do this now,
 * so a form is offered only where the workflow would accept it.
 */
export function refusalOf(view: GovernanceView, event: WorkflowEvent): WorkflowError | null {
  if (!view.me) return { code: 'WORKFLOW.NOT_PERMITTED', message: 'You are not a member of this plan.' };
  const noon = isoDateTime(new Date(`${view.today}T12:00:00Z`));
  const result = transition(view.governance, event, view.me, noon, view.snapshot);
  return result.ok ? null : result.error;
}
