import type { Finding } from '../../domain/finding';
import { findingFieldsPhrase, mergeFindingEdits, type EditableFindingField } from '../../domain/finding-merge';
import type { ThreeWayMerge } from '../../domain/merge/three-way-merge';

/** Two edits of a finding that could not be merged without the person's choice. */
export interface FindingConflict {
  /** What the person's edit started from, what is stored now, and what they saved. */
  readonly base: Finding;
  readonly theirs: Finding;
  readonly mine: Finding;
  /** Everything decided but the fields in `merge.conflicts`, which are the person's choice. */
  readonly merge: ThreeWayMerge<Finding, EditableFindingField>;
  /** Who saved the other change, or "Someone else" when the store does not say. */
  readonly who: string;
}

export const SOMEONE_ELSE = 'Someone else';

/** The conflict of the person's edit (`mine`, from `base`) with the stored finding (`theirs`). */
export function findingConflict(base: Finding, theirs: Finding, mine: Finding, who?: string): FindingConflict {
  return { base, theirs, mine, merge: mergeFindingEdits(base, theirs, mine), who: who ?? SOMEONE_ELSE };
}

/** The conflict in plain words: who changed the finding, and what is the person's to choose. */
export function findingConflictMessage({ merge, who }: FindingConflict): string {
  const changed = `${who} changed this finding while you were editing it, and their version is now in the plan.`;
  if (merge.conflicts.length === 0) {
    return `${changed} Their changes kept arriving while yours was being saved: save again to add your changes to theirs.`;
  }
  return `${changed} You both changed ${findingFieldsPhrase(merge.conflicts)}: choose which to keep, then save.`;
}
