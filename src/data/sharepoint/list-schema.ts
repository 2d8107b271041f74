import { ACTION_FIELD_KEYS, actionFieldSpec, type ActionColumn } from '../../domain/action-fields';

/**
 * The SharePoint lists the product keeps on a team site, and their columns. The only place
 * that names SharePoint columns, with the table of action fields (src/domain/action-fields.ts)
 * that names the actions'.
 *
 * Dates are stored as ISO text (`YYYY-MM-DD`, or ISO instants) rather than SharePoint
 * dateTime columns: a dateOnly column is stored as midnight in the site's time zone and read
 * back in UTC, which shifts British dates by a day for half the year.
 * Lists of values (agencies, milestones, evidence links) are JSON in multi-line text columns.
 * Every item's `Title` holds the domain id of the entity.
 *
 * `SCHEMA_VERSION` is raised whenever a list's columns change (a column added, or indexed); for
 * the actions' columns, test/data/sharepoint/action-columns-version.test.ts fails until it is.
 * Version 6 indexes the built-in Modified column of the lists a plan is watched in.
 */
export const SCHEMA_VERSION = 6;

export type ColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'choice';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly indexed?: boolean;
  /** No two items may share a value (SharePoint's "enforce unique values"; needs `indexed`). */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
}

/** A column SharePoint puts on every list, which set-up may index but never creates. */
export type BuiltInColumn = 'Modified';

export interface ListSpec {
  readonly key: ListKey;
  readonly displayName: string;
  readonly columns: readonly ColumnSpec[];
  /** Built-in columns the list must have indexed (SharePoint leaves them unindexed). */
  readonly indexedBuiltIns?: readonly BuiltInColumn[];
  /** Items may be added but never changed or deleted (history). */
  readonly appendOnly: boolean;
}

export type ListKey =
  'plans' | 'findings' | 'actions' | 'updates' | 'members' | 'governance' | 'workflowEvents' | 'notifications';

/** Single-line text columns hold at most this many characters (SharePoint's limit). */
export const SINGLE_LINE_MAX = 255;

const text = (name: string, indexed = false): ColumnSpec => ({ name, kind: 'text', indexed });
const note = (name: string): ColumnSpec => ({ name, kind: 'note' });
/** An indexed column no two items may share a value in: ids that must be unique. */
const uniqueId = (name: string): ColumnSpec => ({ name, kind: 'text', indexed: true, unique: true });
const num = (name: string): ColumnSpec => ({ name, kind: 'number' });
const fromActionColumn = (c: ActionColumn): ColumnSpec =>
  c.unique
    ? uniqueId(c.name)
    : c.type === 'text'
      ? text(c.name, c.indexed)
      : c.type === 'note'
        ? note(c.name)
        : num(c.name);

/**
 * Where Graph offers no delta query, a plan's lists are watched by polling Modified, Modified first
 * in the filter (src/data/graph/changes/modified-feed.ts): on a list of more than 5,000 items
 * SharePoint serves that only while Modified is indexed.
 */
const MODIFIED_INDEXED = { indexedBuiltIns: ['Modified'] } as const satisfies Partial<ListSpec>;

export const LISTS: Readonly<Record<ListKey, ListSpec>> = {
  plans: {
    key: 'plans',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Plans',
    appendOnly: false,
    columns: [
      uniqueId('PlanId'),
      text('PlanTitle'),
      text('Area'),
      text('InspectionType'),
      text('Theme'),
      text('LetterDate'),
      text('FieldworkStart'),
      text('FieldworkEnd'),
      text('PrincipalAuthority'),
      text('PrintedDeadline'),
      note('AgenciesJson'),
      text('Stage'),
      { name: 'Archived', kind: 'boolean' },
      num('SchemaVersion'),
      // The statement's texts the DCS writes (schema version 5); empty until written.
      note('Foreword'),
      note('MonitoringArrangements'),
    ],
  },
  findings: {
    key: 'findings',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Findings',
    appendOnly: false,
    columns: [
      text('PlanId', true),
      text('FindingType'),
      note('FindingText'),
      note('SubItemsJson'),
      text('Heading'),
      note('AgenciesJson'),
      num('SortOrder'),
    ],
  },
  actions: {
    key: 'actions',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Actions',
    appendOnly: false,
    // One column per field of ACTION_FIELDS (src/domain/action-fields.ts), in its order.
    columns: ACTION_FIELD_KEYS.map((key) => fromActionColumn(actionFieldSpec(key).column)),
  },
  updates: {
    key: 'updates',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Progress Updates',
    appendOnly: true,
    columns: [
      text('PlanId', true),
      text('ActionId', true),
      text('Agency'),
      text('AuthorId'),
      text('AuthorName'),
      text('At'),
      note('UpdateText'),
      text('Status'),
    ],
  },
  members: {
    key: 'members',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Members',
    appendOnly: false,
    columns: [
      text('PlanId', true),
      text('UserId', true),
      text('DisplayName'),
      text('Email'),
      text('JobTitle'),
      text('Role'),
      text('Agency'),
      // Members are marked removed rather than deleted, so SharePoint keeps their history.
      { name: 'Removed', kind: 'boolean' },
    ],
  },
  governance: {
    key: 'governance',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Governance',
    appendOnly: false,
    // One item per plan, kept by its admins: the chain, principal and due dates, and the stage
    // as last worked out from the record (for the plan list). The record itself decides.
    columns: [uniqueId('PlanId'), note('GovernanceJson'), text('Stage')],
  },
  workflowEvents: {
    key: 'workflowEvents',
    ...MODIFIED_INDEXED,
    displayName: 'JTAI Workflow Events',
    appendOnly: true,
    // The plan's governance record: every sign-off, decision, comment, stage move and change of
    // signed content, each added by the person who made it (SharePoint stamps who and when).
    // EntryJson holds the event; the other columns repeat parts of it for people reading the list.
    columns: [
      uniqueId('EntryId'),
      text('PlanId', true),
      text('Kind'),
      text('Stage'),
      text('ActorUserId'),
      text('ActorName'),
      text('Agency'),
      text('Decision'),
      text('ContentHash'),
      note('EntryJson'),
    ],
  },
  notifications: {
    key: 'notifications',
    displayName: 'JTAI Notifications',
    appendOnly: false,
    // Each person's in-app inbox: read by recipient; only `Read` ever changes after the item is added.
    columns: [
      text('PlanId', true),
      text('RecipientId', true),
      text('PlanTitle'),
      text('Kind'),
      text('Subject'),
      note('Body'),
      text('Target'),
      text('CreatedAt'),
      text('SenderId'),
      text('SenderName'),
      { name: 'Read', kind: 'boolean' },
    ],
  },
};

export const LIST_KEYS = Object.keys(LISTS) as ListKey[];
