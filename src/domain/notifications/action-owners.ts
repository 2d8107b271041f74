import type { Action } from '../action';
import type { Member } from '../member';

/** Who answers for an action: its lead officer when they are a member; else the owners of its lead agency. */
export function actionOwners(action: Action, members: readonly Member[]): Member[] {
  const officer = action.leadOfficer ? members.find((m) => m.id === action.leadOfficer) : undefined;
  if (officer) return [officer];
  return members.filter((m) => m.role === 'agency-owner' && m.agency === action.leadAgency);
}

/** Items grouped by the people who answer for their action, each person once, by name. */
export function byOwner<T extends { readonly action: Action }>(
  items: readonly T[],
  members: readonly Member[],
): { readonly owned: { readonly recipient: Member; readonly items: T[] }[]; readonly unreached: T[] } {
  const byUser = new Map<string, { recipient: Member; items: T[] }>();
  const unreached: T[] = [];
  for (const item of items) {
    const owners = actionOwners(item.action, members);
    if (owners.length === 0) unreached.push(item);
    for (const owner of owners) {
      const entry = byUser.get(owner.userId) ?? { recipient: owner, items: [] };
      if (!entry.items.includes(item)) entry.items.push(item);
      byUser.set(owner.userId, entry);
    }
  }
  const owned = [...byUser.values()].sort((a, b) => a.recipient.displayName.localeCompare(b.recipient.displayName));
  return { owned, unreached };
}
