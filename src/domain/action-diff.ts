import { ACTION_STATUS_META, type Action, type EvidenceLink, type Milestone } from './action';
import { ACTION_FIELD_LABEL, EDITABLE_ACTION_FIELDS, isBlankValue } from './action-field-values';
import { ACTION_FIELDS, type ActionFieldKind, type EditableActionField } from './action-fields';
import { agencyLabel } from './agency';
import { formatShortDate, type IsoDate } from './dates';
import { mergeThreeWay, type ListKeys, type ThreeWayMerge } from './merge/three-way-merge';
import type { PlanSnapshot } from './plan-snapshot';

export { ACTION_FIELD_LABEL, EDITABLE_ACTION_FIELDS, type EditableActionField };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields whose values differ between two versions of an action. */
export function changedActionFields(a: Action, b: Action): EditableActionField[] {
  return EDITABLE_ACTION_FIELDS.filter((field) => !same(a[field], b[field]));
}

/** List kinds merge item by item: what makes two items one item. */
const LIST_KEY_OF_KIND: { readonly [K in ActionFieldKind]?: (item: never) => string } = {
  milestones: (m: Milestone) => m.title.trim().toLowerCase(),
  evidence: (e: EvidenceLink) => e.url.trim(),
  agencies: (agency: string) => agency,
};

const ACTION_LIST_KEYS: ListKeys<Action, EditableActionField> = Object.fromEntries(
  EDITABLE_ACTION_FIELDS.flatMap((field) => {
    const keyOf = LIST_KEY_OF_KIND[ACTION_FIELDS[field].kind];
    return keyOf ? [[field, keyOf]] : [];
  }),
);

/**
 * Two edits of one action made from the same stored version: what only one person changed is
 * kept, and only fields both changed differently are left for a choice.
 */
export function mergeActionEdits(
  base: Action,
  theirs: Action,
  mine: Action,
): ThreeWayMerge<Action, EditableActionField> {
  return mergeThreeWay(base, theirs, mine, EDITABLE_ACTION_FIELDS, ACTION_LIST_KEYS);
}

/** How a field's member or agency key reads in a plan: the member's name, else the agency's. */
export const namesIn =
  (snapshot: PlanSnapshot) =>
  (key: string): string =>
    snapshot.members.find((m) => m.id === key)?.displayName ?? agencyLabel(snapshot.plan.agencies, key);

/** A field's value as words, for a conflict or change listing. */
export function describeActionField(
  action: Action,
  field: EditableActionField,
  names: (key: string) => string,
): string {
  const value: unknown = action[field];
  if (isBlankValue(value)) return '(empty)';
  switch (ACTION_FIELDS[field].kind) {
    case 'status':
      return ACTION_STATUS_META[action.status].label;
    case 'date':
      return formatShortDate(value as IsoDate);
    case 'agency':
    case 'member':
      return names(String(value));
    case 'agencies':
      return (value as readonly string[]).map(names).join(', ');
    case 'milestones':
      return (value as readonly Milestone[])
        .map((m) => `${m.title} (${formatShortDate(m.due)}${m.done ? ', done' : ''})`)
        .join('; ');
    case 'evidence':
      return (value as readonly EvidenceLink[]).map((e) => `${e.title} <${e.url}>`).join('; ');
    default:
      return String(value);
  }
}
