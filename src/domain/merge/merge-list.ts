import { sameValue } from './same-value';

/**
 * Merges two edits of a list item by item, items matched by `keyOf`. An item added, changed or
 * removed by one person only takes that change; both making the same change is one change. Returns
 * null when the two edits touch one item differently (changed by both, or changed by one and
 * removed by the other): then the whole list is the person's choice.
 *
 * Order: the items as the person saving lists them, with the other person's additions after.
 */
export function mergeListByItem<I>(
  base: readonly I[],
  theirs: readonly I[],
  mine: readonly I[],
  keyOf: (item: I) => string,
): I[] | null {
  const index = (items: readonly I[]) => new Map(items.map((item) => [keyOf(item), item]));
  const [b, t, m] = [index(base), index(theirs), index(mine)];
  // Two items with one key in a list cannot be matched: leave the list to the person.
  if (b.size !== base.length || t.size !== theirs.length || m.size !== mine.length) return null;
  const keys = [...new Set([...m.keys(), ...t.keys(), ...b.keys()])];
  const decided = new Map<string, I | undefined>();
  for (const key of keys) {
    const [was, their, my] = [b.get(key), t.get(key), m.get(key)];
    if (sameValue(their, my)) decided.set(key, my);
    else if (sameValue(was, my)) decided.set(key, their);
    else if (sameValue(was, their)) decided.set(key, my);
    else return null;
  }
  const order = [...m.keys(), ...[...t.keys()].filter((k) => !m.has(k))];
  return order.flatMap((key) => {
    const item = decided.get(key);
    return item === undefined ? [] : [item];
  });
}
