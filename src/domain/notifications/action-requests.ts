import { areasAwaitingEachAgency, type AgencyAreas, type AreaAwaiting } from '../areas-awaiting-agency';
import type { Agency } from '../agency';
import { findingShortTitle } from '../finding-title';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { planNotification, type OutgoingNotification, type SendingContext } from './notification';

/** One agency owner, asked for their agency's actions in the areas that still await them. */
export interface ActionRequest {
  readonly recipient: Member;
  readonly agency: Agency;
  readonly areas: readonly AreaAwaiting[];
}

export interface ActionRequestPreview {
  readonly requests: readonly ActionRequest[];
  /** Agencies with areas awaiting them but no owner in the plan to ask. */
  readonly unreached: readonly AgencyAreas[];
}

/**
 * Whom the DCS's team asks for actions: every owner of each agency that the letter names in an area
 * with no action from it yet, each asked about their own agency's areas, by name.
 */
export function planActionRequests(snapshot: PlanSnapshot): ActionRequestPreview {
  const awaited = areasAwaitingEachAgency(snapshot).filter((row) => row.awaiting.length > 0);
  const ownersOf = (row: AgencyAreas) =>
    snapshot.members.filter((m) => m.role === 'agency-owner' && m.agency === row.agency.key);
  return {
    requests: awaited
      .flatMap((row) => ownersOf(row).map((recipient) => ({ recipient, agency: row.agency, areas: row.awaiting })))
      .sort((a, b) => a.recipient.displayName.localeCompare(b.recipient.displayName)),
    unreached: awaited.filter((row) => ownersOf(row).length === 0),
  };
}

const areas = (n: number) => `${n} area${n === 1 ? '' : 's'}`;

/** e.g. "The letter names Police in 9 areas with no Police action yet". */
export const requestSummary = (request: Pick<ActionRequest, 'agency' | 'areas'>): string =>
  `The letter names ${request.agency.shortName} in ${areas(request.areas.length)} with no ${request.agency.shortName} action yet`;

/** One notification per owner: their agency's areas, each by its reference and short title, opening My actions. */
export function actionRequestNotifications(
  preview: ActionRequestPreview,
  context: SendingContext,
): OutgoingNotification[] {
  const { plan, sender } = context;
  return preview.requests.map((request) => ({
    notification: planNotification(context, request.recipient.userId, {
      kind: 'plan-step',
      subject: requestSummary(request),
      body: [
        `${sender.displayName} asks for ${request.agency.shortName}’s actions on ${plan.title}, in:`,
        ...request.areas.map((area) => `• ${area.reference}: ${findingShortTitle(area.finding)}`),
        'Add an action to each from My actions, or tell the plan admin if another agency’s action covers it.',
      ].join('\n'),
      target: { view: 'my-actions', planId: plan.id },
    }),
    activity: {
      type: 'planStepNeedsYou',
      parameters: { step: `Writing ${request.agency.shortName}’s actions`, plan: plan.title },
    },
  }));
}
