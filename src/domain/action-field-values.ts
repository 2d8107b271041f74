import type { Action } from './action';
import {
  ACTION_FIELD_KEYS,
  ACTION_FIELDS,
  actionFieldSpec,
  type ActionFieldKey,
  type ActionKeysOfKind,
  type ActionValueOfKind,
  type EditableActionField,
} from './action-fields';

/** The fields of an action that say which action it is and where it sits; every other field has a blank. */
type IdentityKind = 'actionId' | 'planId' | 'findingId' | 'order';
export type BlankableActionField = Exclude<ActionFieldKey, ActionKeysOfKind<IdentityKind>>;

/** The value a new action holds for each kind of field. */
const BLANK: { readonly [K in Exclude<keyof ActionValueOfKind, IdentityKind>]: ActionValueOfKind[K] } = {
  text: '',
  agency: '',
  agencies: [],
  member: null,
  date: null,
  milestones: [],
  evidence: [],
  status: 'not-started',
  instant: null,
  user: null,
};

const isIdentity = (key: ActionFieldKey): boolean =>
  (['actionId', 'planId', 'findingId', 'order'] as readonly string[]).includes(ACTION_FIELDS[key].kind);

/** Every field but the identity ones, blank: what a new action starts from. */
export function blankActionValues(): Pick<Action, BlankableActionField> {
  const entries = ACTION_FIELD_KEYS.filter((key) => !isIdentity(key)).map((key) => [
    key,
    BLANK[ACTION_FIELDS[key].kind as keyof typeof BLANK],
  ]);
  return Object.fromEntries(entries) as Pick<Action, BlankableActionField>;
}

/** A value that is the blank of its kind (empty text, no date, an empty list). */
export const isBlankValue = (value: unknown): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields a person edits, in the order a form, a merge and a change listing show them. */
export const EDITABLE_ACTION_FIELDS: readonly EditableActionField[] = ACTION_FIELD_KEYS.filter(
  (key): key is EditableActionField => actionFieldSpec(key).editable,
);

/** Each editable field's label, as the form and the change and conflict listings show it. */
export const ACTION_FIELD_LABEL = Object.fromEntries(
  EDITABLE_ACTION_FIELDS.map((key) => [key, ACTION_FIELDS[key].label]),
) as Readonly<Record<EditableActionField, string>>;

/** Plain-text fields: the kind validated, trimmed and shown alike. */
export const TEXT_ACTION_FIELDS = ACTION_FIELD_KEYS.filter(
  (key): key is ActionKeysOfKind<'text'> => ACTION_FIELDS[key].kind === 'text',
);

/** Problems with the text fields against their limits and whether they are needed. */
export function textFieldErrors(action: Action): Partial<Record<ActionKeysOfKind<'text'>, string>> {
  const errors: Partial<Record<ActionKeysOfKind<'text'>, string>> = {};
  for (const key of TEXT_ACTION_FIELDS) {
    const spec = actionFieldSpec(key);
    // A needed text is judged as trimmed: spaces alone do not give it.
    const value = spec.requiredMessage ? action[key].trim() : action[key];
    if (spec.requiredMessage && !value) errors[key] = spec.requiredMessage;
    else if (spec.maxLength !== undefined && value.length > spec.maxLength)
      errors[key] = `Keep the ${spec.label.toLowerCase()} under ${spec.maxLength} characters.`;
  }
  return errors;
}
