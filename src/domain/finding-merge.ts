import { FINDING_TYPE_LABEL, type Finding } from './finding';
import { mergeThreeWay, type ThreeWayMerge } from './merge/three-way-merge';

/** The fields of a finding a person edits (see `FindingEdit`), in the order the form shows them. */
export const EDITABLE_FINDING_FIELDS = ['type', 'text'] as const;
export type EditableFindingField = (typeof EDITABLE_FINDING_FIELDS)[number];

/** Each field's name as the finding form labels it. */
export const FINDING_FIELD_LABEL: Record<EditableFindingField, string> = {
  type: 'Type of finding',
  text: 'The finding’s words',
};

/** Each field's name inside a sentence. */
const FINDING_FIELD_PHRASE: Record<EditableFindingField, string> = {
  type: 'the type of finding',
  text: 'the finding’s words',
};

/** Fields named in a sentence: "the type of finding and the finding’s words". */
export const findingFieldsPhrase = (fields: readonly EditableFindingField[]): string =>
  fields.map((f) => FINDING_FIELD_PHRASE[f]).join(' and ');

/**
 * Two edits of one finding made from the same stored version: what only one person changed is
 * kept, and only fields both changed differently are left for a choice.
 */
export function mergeFindingEdits(
  base: Finding,
  theirs: Finding,
  mine: Finding,
): ThreeWayMerge<Finding, EditableFindingField> {
  return mergeThreeWay(base, theirs, mine, EDITABLE_FINDING_FIELDS);
}

/** A field's value as words, for a conflict listing. */
export function describeFindingField(finding: Finding, field: EditableFindingField): string {
  if (field === 'type') return FINDING_TYPE_LABEL[finding.type];
  return finding.text.trim() === '' ? '(empty)' : finding.text;
}
