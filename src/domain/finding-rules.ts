import type { Action } from './action';
import { FINDING_TYPE_LABEL, type Finding, type FindingType } from './finding';
import type { FindingId, PlanId } from './ids';
import { MULTI_LINE_LIMIT } from './text-limits';

/** What a person types when adding or changing a finding by hand. */
export interface FindingEdit {
  readonly type: FindingType;
  readonly text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why the finding's text cannot be saved, or null when it can. */
export function findingTextProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter the finding’s words, as the letter puts them.';
  if (text.trim().length > MULTI_LINE_LIMIT) return `Keep the finding under ${MULTI_LINE_LIMIT} characters: split it.`;
  return null;
}

const actionsOf = (id: FindingId, actions: readonly Pick<Action, 'findingId'>[]) =>
  actions.filter((a) => a.findingId === id).length;

/** Why an existing finding cannot be changed like this (a strength carries no actions), or null. */
export function findingEditProblem(
  finding: Finding,
  edit: FindingEdit,
  actions: readonly Pick<Action, 'findingId'>[],
): string | null {
  const count = actionsOf(finding.id, actions);
  if (edit.type === 'strength' && finding.type !== 'strength' && count > 0) {
    return `This finding has ${plural(count, 'action')}, and a strength has none, so it cannot become a strength.`;
  }
  return findingTextProblem(edit.text);
}

/** Why the finding cannot be deleted (its actions would be left answering nothing), or null. */
export function findingDeleteRefusal(finding: Finding, actions: readonly Pick<Action, 'findingId'>[]): string | null {
  const count = actionsOf(finding.id, actions);
  if (count === 0) return null;
  return `This ${FINDING_TYPE_LABEL[finding.type].toLowerCase()} has ${plural(count, 'action')}, so it cannot be deleted: the actions answer it. If its words are wrong, edit it instead.`;
}

/** A finding typed in by hand, placed after every finding already in the plan. */
export function newFinding(
  input: { readonly id: FindingId; readonly planId: PlanId; readonly edit: FindingEdit },
  existing: readonly Pick<Finding, 'order'>[],
): Finding {
  return {
    id: input.id,
    planId: input.planId,
    type: input.edit.type,
    text: input.edit.text.trim(),
    subItems: [],
    heading: null,
    agencies: [],
    order: existing.reduce((max, f) => Math.max(max, f.order + 1), 0),
  };
}

/** The finding with the person's type and words; its sub-items, heading and agency tags stay. */
export const editedFinding = (finding: Finding, edit: FindingEdit): Finding => ({
  ...finding,
  type: edit.type,
  text: edit.text.trim(),
});
