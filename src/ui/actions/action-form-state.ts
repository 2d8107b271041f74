import type { Action, ActionStatus, Milestone } from '../../domain/action';
import { EDITABLE_ACTION_FIELDS } from '../../domain/action-diff';
import type { ActionErrors } from '../../domain/action-rules';
import {
  actionFieldSpec,
  type ActionKindOf,
  type ActionValueOfKind,
  type EditableActionField,
} from '../../domain/action-fields';
import { formatShortDate, parseBritishDate, type IsoDate } from '../../domain/dates';
import type { MemberId } from '../../domain/ids';
import type { RowValue } from './list-fields';

/** What the form holds for each kind of field while the person types: dates as they typed them. */
export interface FormValueOfKind {
  readonly text: string;
  readonly agency: string;
  /** A member's id, or '' for none. */
  readonly member: string;
  /** As typed (dd/mm/yyyy). */
  readonly date: string;
  readonly status: ActionStatus;
  readonly agencies: readonly string[];
  /** Each milestone as typed: what, when (dd/mm/yyyy), and whether it is done (`checked`). */
  readonly milestones: readonly RowValue[];
  /** Each evidence link: title and web address. */
  readonly evidence: readonly RowValue[];
}
type EditableKind = keyof FormValueOfKind;

/** What the form holds: one value for each editable field of `ACTION_FIELDS`. */
export type ActionFormValues = {
  readonly [K in EditableActionField]: FormValueOfKind[ActionKindOf<K> & EditableKind];
};

interface Reading {
  readonly values: ActionFormValues;
  readonly errors: ActionErrors;
  readonly field: EditableActionField;
}

/** How a kind goes into the form and comes back out of it (recording what could not be read). */
interface FormCodec<K extends EditableKind> {
  readonly toForm: (value: ActionValueOfKind[K]) => FormValueOfKind[K];
  readonly fromForm: (typed: FormValueOfKind[K], reading: Reading) => ActionValueOfKind[K];
}

const filled = (rows: readonly RowValue[]) => rows.filter((r) => r.first.trim() || r.second.trim());

function readDate(text: string, { errors, field }: Reading): IsoDate | null {
  if (!text.trim()) return null;
  const parsed = parseBritishDate(text);
  if (!parsed) errors[field] = 'Enter the date as day/month/year, for example 31/05/2026.';
  return parsed;
}

function readMilestones(rows: readonly RowValue[], { errors, field }: Reading): Milestone[] {
  return filled(rows).map((r) => {
    const due = parseBritishDate(r.second);
    if (!due) errors[field] = 'Give every milestone a date as day/month/year, for example 31/05/2026.';
    return { title: r.first.trim(), due: due ?? ('' as IsoDate), done: r.checked === true };
  });
}

const FORM_CODECS: { readonly [K in EditableKind]: FormCodec<K> } = {
  text: { toForm: (v) => v, fromForm: (typed) => typed.trim() },
  agency: { toForm: (v) => v, fromForm: (typed) => typed },
  member: { toForm: (v) => v ?? '', fromForm: (typed) => (typed || null) as MemberId | null },
  date: { toForm: (v) => (v ? formatShortDate(v) : ''), fromForm: readDate },
  status: { toForm: (v) => v, fromForm: (typed) => typed },
  // The lead agency is never also a contributing one.
  agencies: { toForm: (v) => v, fromForm: (typed, { values }) => typed.filter((a) => a !== values.leadAgency) },
  milestones: {
    toForm: (v) => v.map((m) => ({ first: m.title, second: formatShortDate(m.due), checked: m.done })),
    fromForm: readMilestones,
  },
  evidence: {
    toForm: (v) => v.map((e) => ({ first: e.title, second: e.url })),
    fromForm: (rows) => filled(rows).map((e) => ({ title: e.first.trim(), url: e.second.trim() })),
  },
};

/** The codec of a field's kind, seen through the common shape. */
const codecOf = (field: EditableActionField) =>
  FORM_CODECS[actionFieldSpec(field).kind as EditableKind] as unknown as {
    readonly toForm: (value: unknown) => unknown;
    readonly fromForm: (typed: unknown, reading: Reading) => unknown;
  };

export function toFormValues(action: Action): ActionFormValues {
  const entries = EDITABLE_ACTION_FIELDS.map((field) => [field, codecOf(field).toForm(action[field])]);
  return Object.fromEntries(entries) as ActionFormValues;
}

/** Applies the form to the action, or says which typed values (dates) could not be read. */
export function fromFormValues(base: Action, values: ActionFormValues): { action: Action; errors: ActionErrors } {
  const errors: ActionErrors = {};
  const entries = EDITABLE_ACTION_FIELDS.map((field) => [
    field,
    codecOf(field).fromForm(values[field], { values, errors, field }),
  ]);
  return { action: { ...base, ...Object.fromEntries(entries) } as Action, errors };
}
