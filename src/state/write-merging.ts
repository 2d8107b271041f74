import type { StoreVersion, Versioned } from '../data/plan-store.port';
import { sameValue } from '../domain/merge/same-value';
import { conflictCurrent } from './conflict-current';

/** How many times an edit merged with changes that keep arriving is sent, before the person is asked instead. */
export const MERGE_ATTEMPTS = 3;

export type MergingWrite<T> =
  | { readonly status: 'saved'; readonly saved: Versioned<T> }
  /** The person must choose: what the last write started from, what is stored now, and what was sent. */
  | { readonly status: 'conflict'; readonly base: T; readonly theirs: Versioned<T>; readonly mine: T };

export interface MergingWriteInput<T> {
  /** The stored value `value` was edited from, and that value's version. */
  readonly base: T;
  readonly version: StoreVersion;
  /** What to store. */
  readonly value: T;
  readonly write: (value: T, version: StoreVersion) => Promise<Versioned<T>>;
  /** `mine` merged with what is stored now (both edited from `base`), or null when the person must choose. */
  readonly merge: (base: T, theirs: T, mine: T) => T | null;
}

/**
 * Writes a value over the version it was edited from. When someone saved first (a 412 carrying
 * the stored value), merges the edit into what is stored and writes that over the new version,
 * up to MERGE_ATTEMPTS writes in all. Failures other than such a conflict are thrown.
 */
export async function writeMerging<T>(input: MergingWriteInput<T>): Promise<MergingWrite<T>> {
  let { base, version, value } = input;
  for (let attempt = 1; ; attempt++) {
    try {
      return { status: 'saved', saved: await input.write(value, version) };
    } catch (error) {
      const theirs = conflictCurrent<T>(error);
      if (!theirs) throw error;
      const merged = input.merge(base, theirs.value, value);
      // What is stored already holds the edit (say, an earlier write whose answer was lost): it is saved.
      if (merged && sameValue(merged, theirs.value)) return { status: 'saved', saved: theirs };
      if (!merged || attempt >= MERGE_ATTEMPTS) return { status: 'conflict', base, theirs, mine: value };
      [base, version, value] = [theirs.value, theirs.version, merged];
    }
  }
}

/** The merged value when nothing conflicts, else null: the `merge` a three-way merge gives `writeMerging`. */
export const mergedUnlessConflict =
  <T>(mergeEdits: (base: T, theirs: T, mine: T) => { readonly merged: T; readonly conflicts: readonly unknown[] }) =>
  (base: T, theirs: T, mine: T): T | null => {
    const merge = mergeEdits(base, theirs, mine);
    return merge.conflicts.length === 0 ? merge.merged : null;
  };
