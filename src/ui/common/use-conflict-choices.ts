import { useState } from 'react';
import { resolveConflicts, type ThreeWayMerge } from '../../domain/merge/three-way-merge';

/** Whose value of a field both people changed the person keeps: a radio group's value. */
export type Whose = 'mine' | 'theirs';

/**
 * The person's choice, for each field both people changed differently, between their own value
 * (kept until they choose otherwise) and the one saved first; `resolved` is the merge with those
 * choices made.
 */
export function useConflictChoices<T extends object, K extends keyof T>(merge: ThreeWayMerge<T, K>, mine: T) {
  const [keepMine, setKeepMine] = useState<ReadonlySet<K>>(() => new Set(merge.conflicts));
  return {
    whose: (field: K): Whose => (keepMine.has(field) ? 'mine' : 'theirs'),
    choose: (field: K, whose: string) => {
      const next = new Set(keepMine);
      if (whose === 'mine') next.add(field);
      else next.delete(field);
      setKeepMine(next);
    },
    resolved: (): T => resolveConflicts(merge, mine, keepMine),
  };
}
