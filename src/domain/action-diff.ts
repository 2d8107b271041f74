import { ACTION_STATUS_META, type Action, type EvidenceLink, type Milestone } from './action';
import { formatShortDate } from './dates';
import { mergeThreeWay, type ThreeWayMerge } from './merge/three-way-merge';

/** The fields of an action a person edits, in the order a form shows them. */
export const EDITABLE_ACTION_FIELDS = [
  'title',
  'leadAgency',
  'contributingAgencies',
  'leadOfficer',
  'sponsoringDirector',
  'startDate',
  'targetDate',
  'milestones',
  'successMeasure',
  'measuredBy',
  'evidence',
  'status',
  'statusReason',
] as const;
export type EditableActionField = (typeof EDITABLE_ACTION_FIELDS)[number];

export const ACTION_FIELD_LABEL: Record<EditableActionField, string> = {
  title: 'Action',
  leadAgency: 'Lead agency',
  contributingAgencies: 'Contributing agencies',
  leadOfficer: 'Lead officer',
  sponsoringDirector: 'Sponsoring director',
  startDate: 'Start date',
  targetDate: 'Target date',
  milestones: 'Milestones',
  successMeasure: 'Success measure / intended impact',
  measuredBy: 'How it is measured',
  evidence: 'Evidence',
  status: 'Status',
  statusReason: 'Reason for the status',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields whose values differ between two versions of an action. */
export function changedActionFields(a: Action, b: Action): EditableActionField[] {
  return EDITABLE_ACTION_FIELDS.filter((field) => !same(a[field], b[field]));
}

/** Milestones, evidence and contributing agencies merge item by item: these say which items are one. */
const ACTION_LIST_KEYS = {
  milestones: (m: Milestone) => m.title.trim().toLowerCase(),
  evidence: (e: EvidenceLink) => e.url.trim(),
  contributingAgencies: (agency: string) => agency,
};

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

/** A field's value as words, for a conflict or change listing. */
export function describeActionField(
  action: Action,
  field: EditableActionField,
  names: (key: string) => string,
): string {
  const value = action[field];
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  switch (field) {
    case 'status':
      return ACTION_STATUS_META[action.status].label;
    case 'startDate':
    case 'targetDate':
      return formatShortDate(value as Action['targetDate'] & string);
    case 'leadAgency':
    case 'leadOfficer':
      return names(String(value));
    case 'contributingAgencies':
      return action.contributingAgencies.map(names).join(', ');
    case 'milestones':
      return action.milestones.map((m) => `${m.title} (${formatShortDate(m.due)})`).join('; ');
    case 'evidence':
      return action.evidence.map((e) => `${e.title} <${e.url}>`).join('; ');
    default:
      return String(value);
  }
}
