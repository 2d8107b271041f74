import { ACTION_STATUS_META } from '../domain/action';
import {
  ACTION_FIELDS,
  type ActionFieldSpec,
  type ActionStatementColumn,
  type ActionStatementSpec,
} from '../domain/action-fields';
import { formatDateTime, formatShortDate } from '../domain/dates';
import type { RowValueOfKind } from './export-action-fields';
import type { ActionRow } from './submission-model.types';

/** Field specs by the key each field has on an action and its row: `ACTION_FIELDS`, or one like it. */
export type ActionFieldTable = Readonly<Record<string, ActionFieldSpec>>;

/** A column of the statement's table of actions: its header, its share of the width, and its lines for a row. */
export interface StatementActionColumn extends ActionStatementColumn {
  readonly lines: (row: ActionRow) => readonly string[];
}

type LinesOf<K extends keyof RowValueOfKind> = (
  value: RowValueOfKind[K],
  row: ActionRow,
  key: string,
) => readonly string[];

const nonBlank = (text: string | null): string[] => (text?.trim() ? [text.trim()] : []);

/** Each kind's value as lines of a cell; a blank value gives none. */
const LINES_OF_KIND: { readonly [K in keyof RowValueOfKind]: LinesOf<K> } = {
  actionId: (id) => [id],
  text: nonBlank,
  agency: (name) => [name],
  agencies: (names) => names,
  member: (name, row, key) => {
    const jobTitle = (row.jobTitles as Readonly<Record<string, string | null>>)[key];
    return name ? [[name, jobTitle].filter((s): s is string => !!s).join(', ')] : [];
  },
  date: (date) => (date ? [formatShortDate(date)] : []),
  milestones: (list) => list.map((m) => `${m.title}, by ${formatShortDate(m.due)}`),
  evidence: (list) => list.map((e) => `${e.title}: ${e.url}`),
  status: (status) => [`${ACTION_STATUS_META[status].label} (${ACTION_STATUS_META[status].ragLabel})`],
  instant: (at) => (at ? [formatDateTime(at)] : []),
  user: nonBlank,
};

const isShown = (kind: string): kind is keyof RowValueOfKind => Object.hasOwn(LINES_OF_KIND, kind);

function valueLines(fields: ActionFieldTable, row: ActionRow, key: string): readonly string[] {
  const kind = fields[key]?.kind ?? '';
  if (!isShown(kind)) throw new Error(`The statement shows "${key}", which is no field a row carries.`);
  const lines = LINES_OF_KIND[kind] as (value: unknown, row: ActionRow, key: string) => readonly string[];
  return lines((row as unknown as Readonly<Record<string, unknown>>)[key], row, key);
}

interface Part {
  readonly key: string;
  readonly shown: ActionStatementSpec;
}

/** A field's lines in its column: its value's, each after its prefix, or its `whenBlank` line. */
function partLines(fields: ActionFieldTable, row: ActionRow, { key, shown }: Part): readonly string[] {
  const own = valueLines(fields, row, key);
  if (own.length > 0) return shown.prefix ? own.map((line) => `${shown.prefix}: ${line}`) : own;
  const blank = (shown.blankTogetherWith ?? []).every((other) => valueLines(fields, row, other).length === 0);
  return shown.whenBlank !== undefined && blank ? [shown.whenBlank] : [];
}

interface Gathered {
  readonly column: ActionStatementColumn;
  readonly parts: Part[];
}

/** Each statement column with the fields it shows, in the table's order. */
function gather(fields: ActionFieldTable): Gathered[] {
  const columns: Gathered[] = [];
  const columnOf = new Map<string, Gathered>();
  for (const [key, spec] of Object.entries(fields)) {
    const shown = spec.statement;
    if (!shown) continue;
    for (const other of [key, ...(shown.blankTogetherWith ?? [])])
      if (!isShown(fields[other]?.kind ?? ''))
        throw new Error(`The statement shows "${key}" by "${other}", which is no field a row carries.`);
    const place = shown.column;
    const joined = 'joins' in place ? columnOf.get(place.joins) : undefined;
    if ('joins' in place && !joined)
      throw new Error(`"${key}" joins the column of "${place.joins}", which is no earlier field in the statement.`);
    const column = joined ?? { column: place as ActionStatementColumn, parts: [] };
    if (!joined) columns.push(column);
    column.parts.push({ key, shown });
    columnOf.set(key, column);
  }
  return columns;
}

/**
 * The columns of the statement's table of actions, from the fields `fields` places there: one for
 * each field that opens a column, holding its lines and those of the fields that join it, in the
 * table's order.
 */
export function statementActionColumns(fields: ActionFieldTable = ACTION_FIELDS): StatementActionColumn[] {
  return gather(fields).map(({ column, parts }) => ({
    header: column.header,
    share: column.share,
    lines: (row) => parts.flatMap((part) => partLines(fields, row, part)),
  }));
}
