import type { ActionColumn, ActionFieldKind, ActionFieldSpec, ActionValueOfKind } from './action-field-spec';
import { MULTI_LINE_LIMIT, SINGLE_LINE_LIMIT } from './text-limits';

export type {
  ActionColumn,
  ActionExcelColumn,
  ActionFieldKind,
  ActionFieldSpec,
  ActionFormSpec,
  ActionStatementColumn,
  ActionStatementSpec,
  ActionValueOfKind,
  FormSection,
} from './action-field-spec';

const text = (name: string, indexed = false): ActionColumn =>
  indexed ? { name, type: 'text', indexed } : { name, type: 'text' };
const note = (name: string): ActionColumn => ({ name, type: 'note' });

/**
 * Every field of an action, once. The order is the order of the list's columns, of the editable
 * fields (form, merge and change listings), of the Excel columns and of the Word statement's
 * columns and of the lines within each.
 *
 * A new field is an entry here. Its SharePoint column needs a new `SCHEMA_VERSION` (list-schema.ts),
 * recorded in test/data/sharepoint/action-columns-version.test.ts, so that set-up adds it to
 * existing sites. A new signed field is `signed: 'when-set'`, so the content hash of every plan
 * that does not use it stays as it was (test/domain/action-signed-fields.test.ts refuses `true`
 * without a new `CANONICAL_VERSION`). The SharePoint mapper, signed content, merging, the form,
 * the Excel sheet and the Word statement's table of actions follow from the entry; a kind not yet
 * known is added to each of them once.
 */
export const ACTION_FIELDS = {
  planId: { kind: 'planId', label: 'Plan', column: text('PlanId', true), signed: false, editable: false },
  id: {
    kind: 'actionId',
    label: 'Action ID',
    column: { name: 'ActionId', type: 'text', indexed: true, unique: true },
    signed: true,
    editable: false,
    excel: [{ width: 18 }],
  },
  findingId: {
    kind: 'findingId',
    label: 'Finding',
    column: text('FindingId', true),
    signed: true,
    editable: false,
    excel: [{ header: 'Finding no.', width: 9 }, { header: 'Finding type', width: 18 }, { width: 50 }],
  },
  title: {
    kind: 'text',
    label: 'Action',
    column: note('ActionText'),
    signed: true,
    editable: true,
    maxLength: MULTI_LINE_LIMIT,
    requiredMessage: 'Describe the action.',
    form: {
      section: 'main',
      control: 'textarea',
      rows: 3,
      required: true,
      hint: 'What will be done: specific and measurable.',
    },
    excel: [{ width: 60 }],
    statement: { column: { header: 'Action', share: 27 } },
  },
  leadAgency: {
    kind: 'agency',
    label: 'Lead agency',
    column: text('Agency', true),
    signed: true,
    editable: true,
    form: { section: 'grid', required: true },
    excel: [{ width: 24 }],
    statement: { column: { header: 'Lead agency and lead officer', share: 17 } },
  },
  contributingAgencies: {
    kind: 'agencies',
    label: 'Contributing agencies',
    column: note('ContributingJson'),
    signed: true,
    editable: true,
    form: { section: 'lists' },
    excel: [{ width: 24 }],
    statement: { column: { header: 'Contributing agencies', share: 13 }, whenBlank: 'None' },
  },
  leadOfficer: {
    kind: 'member',
    label: 'Lead officer',
    column: text('LeadOfficer'),
    signed: true,
    editable: true,
    form: { section: 'grid' },
    excel: [{ width: 22 }],
    statement: { column: { joins: 'leadAgency' }, whenBlank: 'Lead officer to be named' },
  },
  sponsoringDirector: {
    kind: 'text',
    label: 'Sponsoring director',
    column: text('SponsoringDirector'),
    signed: true,
    editable: true,
    maxLength: SINGLE_LINE_LIMIT,
    form: { section: 'grid', control: 'input' },
    excel: [{ width: 22 }],
    statement: { column: { joins: 'leadAgency' }, prefix: 'Sponsor' },
  },
  startDate: {
    kind: 'date',
    label: 'Start date',
    column: text('StartDate'),
    signed: true,
    editable: true,
    form: { section: 'grid' },
    excel: [{ width: 12 }],
    statement: {
      column: { header: 'Milestones and timescale', share: 16 },
      prefix: 'Start',
      whenBlank: 'Timescale to be agreed',
      blankTogetherWith: ['targetDate'],
    },
  },
  targetDate: {
    kind: 'date',
    label: 'Target date',
    column: text('TargetDate'),
    signed: true,
    editable: true,
    form: { section: 'grid', required: true },
    excel: [{ width: 12 }],
    statement: { column: { joins: 'startDate' }, prefix: 'Target' },
  },
  milestones: {
    kind: 'milestones',
    label: 'Milestones',
    column: note('MilestonesJson'),
    signed: true,
    editable: true,
    form: { section: 'lists' },
    excel: [{ width: 40 }],
    statement: { column: { joins: 'startDate' }, prefix: 'Milestone' },
  },
  successMeasure: {
    kind: 'text',
    label: 'Success measure / intended impact',
    column: note('SuccessMeasure'),
    signed: true,
    editable: true,
    form: { section: 'wide', control: 'textarea' },
    excel: [{ header: 'Success measure', width: 40 }],
    statement: {
      column: { header: 'Success measure and how it is measured', share: 19 },
      whenBlank: 'To be agreed',
    },
  },
  measuredBy: {
    kind: 'text',
    label: 'How it is measured',
    column: note('MeasuredBy'),
    signed: true,
    editable: true,
    form: { section: 'wide', control: 'textarea' },
    excel: [{ header: 'How measured', width: 30 }],
    statement: { column: { joins: 'successMeasure' }, prefix: 'Measured by' },
  },
  evidence: {
    kind: 'evidence',
    label: 'Evidence',
    column: note('EvidenceJson'),
    signed: false,
    editable: true,
    form: { section: 'lists' },
    excel: [{ width: 40 }],
  },
  status: {
    kind: 'status',
    label: 'Status',
    column: text('Status', true),
    signed: false,
    editable: true,
    form: { section: 'grid', required: true },
    excel: [{ width: 13 }, { header: 'RAG', width: 8 }],
  },
  statusReason: {
    kind: 'text',
    label: 'Reason for the status',
    column: note('StatusReason'),
    signed: false,
    editable: true,
    form: {
      section: 'status',
      control: 'textarea',
      required: 'when-status-needs-reason',
      hint: 'Councillors ask what sits behind the colour.',
    },
    excel: [{ header: 'Reason for status', width: 40 }],
  },
  order: {
    kind: 'order',
    label: 'Order',
    column: { name: 'SortOrder', type: 'number' },
    signed: false,
    editable: false,
  },
  updatedAt: {
    kind: 'instant',
    label: 'Last updated',
    column: text('UpdatedAt'),
    signed: false,
    editable: false,
    excel: [{ width: 17 }],
  },
  updatedBy: {
    kind: 'user',
    label: 'Last updated by',
    column: text('UpdatedBy'),
    signed: false,
    editable: false,
    excel: [{ width: 22 }],
  },
} as const satisfies Readonly<Record<string, ActionFieldSpec>>;

type Fields = typeof ACTION_FIELDS;
export type ActionFieldKey = keyof Fields;
export type ActionKindOf<K extends ActionFieldKey> = Fields[K]['kind'];
export type ActionValueOf<K extends ActionFieldKey> = ActionValueOfKind[ActionKindOf<K>];

/** The fields of one kind. */
export type ActionKeysOfKind<T extends ActionFieldKind> = {
  [K in ActionFieldKey]: ActionKindOf<K> extends T ? K : never;
}[ActionFieldKey];

/** The fields a person edits, in the order a form, a merge and a change listing show them. */
export type EditableActionField = {
  [K in ActionFieldKey]: Fields[K]['editable'] extends true ? K : never;
}[ActionFieldKey];

export const ACTION_FIELD_KEYS = Object.keys(ACTION_FIELDS) as ActionFieldKey[];

/** The spec of a field, seen through the common shape. */
export const actionFieldSpec = (key: ActionFieldKey): ActionFieldSpec => ACTION_FIELDS[key];
