import type { Action } from '../action';
import { addWorkingDays, defaultHolidayCalendar, type HolidayCalendar } from '../calendar/working-days';
import { formatLongDate, londonDateOf, type IsoDate } from '../dates';
import type { Member } from '../member';
import { updatesByAction } from '../monitoring/action-facts';
import type { PlanSnapshot } from '../plan-snapshot';
import { byOwner } from './action-owners';
import { planNotification, type OutgoingNotification, type SendingContext } from './notification';

/** Updates are asked for this many working days ahead unless the plan admin says otherwise. */
export const UPDATES_NEEDED_IN_WORKING_DAYS = 10;

/** An action an update is asked for, and the day its latest update was posted (null: never). */
export interface UpdateRequestItem {
  readonly action: Action;
  readonly lastUpdate: IsoDate | null;
}

/** One person, asked for an update on each of their actions not yet complete. */
export interface UpdateRequest {
  readonly recipient: Member;
  readonly items: readonly UpdateRequestItem[];
}

export interface UpdateRequestPreview {
  readonly neededBy: IsoDate;
  readonly requests: readonly UpdateRequest[];
  /** Actions with no lead officer and no agency owner in the plan to ask. */
  readonly unreached: readonly UpdateRequestItem[];
}

/** The day updates are asked for by default: `UPDATES_NEEDED_IN_WORKING_DAYS` working days from today. */
export const defaultNeededBy = (today: IsoDate, holidays: HolidayCalendar = defaultHolidayCalendar): IsoDate =>
  addWorkingDays(today, UPDATES_NEEDED_IN_WORKING_DAYS, holidays);

/** The longest-unreported first (never reported before any), then the plan's order. */
const staleFirst = (a: UpdateRequestItem, b: UpdateRequestItem): number =>
  (a.lastUpdate ?? '').localeCompare(b.lastUpdate ?? '') || a.action.order - b.action.order;

/**
 * Who is asked for progress updates before a partnership board or scrutiny meeting: the people who
 * answer for each action not yet complete (its lead officer, else its agency's owners), each asked
 * once about all of theirs, with when each was last reported on.
 */
export function planUpdateRequests(snapshot: PlanSnapshot, neededBy: IsoDate): UpdateRequestPreview {
  const updates = updatesByAction(snapshot.updates);
  const lastDay = (action: Action): IsoDate | null => {
    const latest = updates.get(action.id)?.at(-1);
    return latest ? londonDateOf(new Date(latest.at)) : null;
  };
  const items = snapshot.actions
    .filter((action) => action.status !== 'complete')
    .map((action) => ({ action, lastUpdate: lastDay(action) }));
  const { owned, unreached } = byOwner(items, snapshot.members);
  return {
    neededBy,
    requests: owned.map((r) => ({ recipient: r.recipient, items: r.items.sort(staleFirst) })),
    unreached: unreached.sort(staleFirst),
  };
}

/** e.g. "last update 3 November 2026", "no update yet". */
export const lastUpdateText = (item: UpdateRequestItem): string =>
  item.lastUpdate ? `last update ${formatLongDate(item.lastUpdate)}` : 'no update yet';

const actions = (n: number) => `${n} action${n === 1 ? '' : 's'}`;

/** One notification per person: their actions, each with its last update, needed by the day asked; it opens My actions. */
export function updateRequestNotifications(
  preview: UpdateRequestPreview,
  context: SendingContext,
): OutgoingNotification[] {
  const { plan, sender } = context;
  const by = formatLongDate(preview.neededBy);
  return preview.requests.map((request) => ({
    notification: planNotification(context, request.recipient.userId, {
      kind: 'reminder',
      subject: `Progress updates needed by ${by} on ${actions(request.items.length)}`,
      body: [
        `${sender.displayName} asks for a progress update on each of your actions on ${plan.title} by ${by}, for the partnership’s review of delivery:`,
        ...request.items.map((item) => `• ${item.action.title} (${lastUpdateText(item)})`),
        'Post an update on each from My actions: what has happened, and the evidence of its impact.',
      ].join('\n'),
      target: { view: 'my-actions', planId: plan.id },
    }),
    // Teams reads it as "An update on 3 actions is waiting for you on <plan>".
    activity: {
      type: 'planStepNeedsYou',
      parameters: { step: `An update on ${actions(request.items.length)}`, plan: plan.title },
    },
  }));
}
