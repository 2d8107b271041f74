import { mergeListByItem } from './merge-list';
import { sameValue } from './same-value';

/** How a field of two concurrent edits came together. */
export type FieldOutcome = 'unchanged' | 'same-change' | 'theirs' | 'mine' | 'merged-items' | 'conflict';

export interface ThreeWayMerge<T, K extends keyof T> {
  /** Every field decided; a conflicting field holds theirs until the person chooses. */
  readonly merged: T;
  /** Fields both people changed, to different values: the only ones to ask about. */
  readonly conflicts: readonly K[];
  readonly outcomes: Readonly<Record<K, FieldOutcome>>;
}

/** For list fields merged item by item: what makes two items the same item. */
export type ListKeys<T, K extends keyof T> = Partial<Record<K, (item: never) => string>>;

/**
 * Merges two edits of one record made from the same starting version (`base`): a field only one
 * person changed takes their value; a field both changed to the same value takes it; a list field
 * with a key merges item by item; only a field both changed differently is a conflict.
 */
export function mergeThreeWay<T extends object, K extends keyof T>(
  base: T,
  theirs: T,
  mine: T,
  fields: readonly K[],
  listKeys: ListKeys<T, K> = {},
): ThreeWayMerge<T, K> {
  const merged: T = { ...theirs };
  const conflicts: K[] = [];
  const outcomes = {} as Record<K, FieldOutcome>;
  for (const field of fields) {
    const [b, t, m] = [base[field], theirs[field], mine[field]];
    const keyOf = listKeys[field] as ((item: unknown) => string) | undefined;
    let outcome: FieldOutcome;
    if (sameValue(t, m)) outcome = sameValue(b, m) ? 'unchanged' : 'same-change';
    else if (sameValue(b, m)) outcome = 'theirs';
    else if (sameValue(b, t)) outcome = 'mine';
    else if (keyOf && Array.isArray(b) && Array.isArray(t) && Array.isArray(m)) {
      const items = mergeListByItem(b, t, m, keyOf);
      outcome = items ? 'merged-items' : 'conflict';
      if (items) merged[field] = items as T[K];
    } else outcome = 'conflict';
    if (outcome === 'mine') merged[field] = m;
    if (outcome === 'conflict') conflicts.push(field);
    outcomes[field] = outcome;
  }
  return { merged, conflicts, outcomes };
}

/** The merge with the person's choice for each conflicting field: theirs, or the value they typed. */
export function resolveConflicts<T extends object, K extends keyof T>(
  merge: ThreeWayMerge<T, K>,
  mine: T,
  keepMine: ReadonlySet<K>,
): T {
  const resolved: T = { ...merge.merged };
  for (const field of merge.conflicts) if (keepMine.has(field)) resolved[field] = mine[field];
  return resolved;
}
