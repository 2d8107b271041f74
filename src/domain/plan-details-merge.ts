import type { Agency } from './agency';
import { sameValue } from './merge/same-value';
import { mergeThreeWay, type ThreeWayMerge } from './merge/three-way-merge';
import type { Plan } from './plan';

/**
 * The details of a plan its admins change: from the plan's settings, and the statement's texts
 * from the submission tab. Each text is one value: two different edits of it are a conflict.
 */
export const EDITABLE_PLAN_DETAILS = ['agencies', 'archived', 'foreword', 'monitoringArrangements'] as const;
export type EditablePlanDetail = (typeof EDITABLE_PLAN_DETAILS)[number];

/** Agencies merge one by one, matched by key. */
const PLAN_LIST_KEYS = { agencies: (agency: Agency) => agency.key };

/**
 * Two edits of a plan's details made from the same stored version: an agency added, renamed or
 * removed by one person only is kept, and only a detail both changed differently (for the
 * agencies: one agency both changed, or one changed and the other removed) is left for a choice.
 */
export function mergePlanDetails(base: Plan, theirs: Plan, mine: Plan): ThreeWayMerge<Plan, EditablePlanDetail> {
  return mergeThreeWay(base, theirs, mine, EDITABLE_PLAN_DETAILS, PLAN_LIST_KEYS);
}

/**
 * The agencies both edits changed differently (both changed, both added, or one changed and the
 * other removed), as the stored list names them, else as the person's list does.
 */
export function agenciesBothChanged(
  base: readonly Agency[],
  theirs: readonly Agency[],
  mine: readonly Agency[],
): Agency[] {
  const find = (list: readonly Agency[], key: string) => list.find((a) => a.key === key);
  const keys = [...new Set([...base, ...theirs, ...mine].map((a) => a.key))];
  return keys.flatMap((key) => {
    const [was, their, my] = [find(base, key), find(theirs, key), find(mine, key)];
    const clash = !sameValue(was, their) && !sameValue(was, my) && !sameValue(their, my);
    return clash ? [(their ?? my)!] : [];
  });
}
