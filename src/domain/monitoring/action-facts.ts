import type { Action } from '../action';
import { agencyLabel } from '../agency';
import type { ActionId } from '../ids';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ProgressUpdate } from '../progress-update';

/** Who an action belongs to, in words a board reads. */
export interface ActionOwner {
  readonly agencyName: string;
  readonly ownerName: string;
}

export const NO_OWNER = 'Not assigned';

export function ownerLookup(snapshot: PlanSnapshot): (action: Action) => ActionOwner {
  const names = new Map(snapshot.members.map((m) => [m.id as string, m.displayName]));
  return (action) => ({
    agencyName: agencyLabel(snapshot.plan.agencies, action.leadAgency),
    ownerName: (action.leadOfficer && names.get(action.leadOfficer)) || NO_OWNER,
  });
}

/** The order progress updates were made in: by time, then by id for two made in the same instant. */
export const byUpdateTime = (a: ProgressUpdate, b: ProgressUpdate) =>
  a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** An action's newest progress update, or null when it has none. */
export function latestUpdateOn(updates: readonly ProgressUpdate[], actionId: ActionId): ProgressUpdate | null {
  return updates.reduce<ProgressUpdate | null>(
    (latest, u) => (u.actionId === actionId && (!latest || byUpdateTime(u, latest) > 0) ? u : latest),
    null,
  );
}

/** Each action's progress updates, oldest first; one pass, so 2,000 actions stay cheap. */
export function updatesByAction(updates: readonly ProgressUpdate[]): Map<ActionId, ProgressUpdate[]> {
  const byAction = new Map<ActionId, ProgressUpdate[]>();
  for (const update of updates) {
    const list = byAction.get(update.actionId) ?? [];
    list.push(update);
    byAction.set(update.actionId, list);
  }
  for (const list of byAction.values()) list.sort(byUpdateTime);
  return byAction;
}
