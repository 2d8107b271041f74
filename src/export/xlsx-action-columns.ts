import { ACTION_STATUS_META } from '../domain/action';
import { ACTION_FIELD_KEYS, actionFieldSpec, type ActionFieldKind } from '../domain/action-fields';
import { formatShortDate } from '../domain/dates';
import type { ActionRow } from './submission-model.types';
import { dateCell, londonDateTimeCell, textCell, type CellValue } from './xlsx-cells';
import type { ColumnKind, ColumnSpec } from './xlsx-table';

/** A cell a kind of field writes: its number format and its value from the row. */
interface KindCell {
  readonly kind: ColumnKind;
  readonly value: (row: ActionRow, key: string) => CellValue;
}

const field = (row: ActionRow, key: string): unknown => (row as unknown as Readonly<Record<string, unknown>>)[key];
const text = (row: ActionRow, key: string) => textCell(String(field(row, key) ?? ''));
const lines = (items: readonly string[]) => textCell(items.join('\n'));

/** The cells each kind writes, in order: one per Excel column the field's `excel` names. */
const CELLS_OF_KIND: { readonly [K in ActionFieldKind]: readonly KindCell[] } = {
  actionId: [{ kind: 'text', value: text }],
  planId: [{ kind: 'text', value: text }],
  findingId: [
    { kind: 'number', value: (a) => a.finding?.number ?? null },
    { kind: 'text', value: (a) => textCell(a.finding?.typeLabel ?? 'Not linked') },
    { kind: 'text', value: (a) => textCell(a.finding?.text ?? '') },
  ],
  text: [{ kind: 'text', value: text }],
  agency: [{ kind: 'text', value: text }],
  agencies: [{ kind: 'text', value: (a, key) => lines(field(a, key) as readonly string[]) }],
  member: [{ kind: 'text', value: text }],
  date: [{ kind: 'date', value: (a, key) => dateCell(field(a, key) as ActionRow['startDate']) }],
  milestones: [
    {
      kind: 'text',
      value: (a, key) =>
        lines(
          (field(a, key) as ActionRow['milestones']).map(
            (m) => `${m.title} (due ${formatShortDate(m.due)}${m.done ? ', done' : ''})`,
          ),
        ),
    },
  ],
  evidence: [
    {
      kind: 'text',
      value: (a, key) => lines((field(a, key) as ActionRow['evidence']).map((e) => `${e.title}: ${e.url}`)),
    },
  ],
  status: [
    { kind: 'text', value: (a, key) => textCell(ACTION_STATUS_META[field(a, key) as ActionRow['status']].label) },
    { kind: 'text', value: (a, key) => textCell(ACTION_STATUS_META[field(a, key) as ActionRow['status']].ragLabel) },
  ],
  order: [{ kind: 'number', value: (a, key) => field(a, key) as number }],
  instant: [{ kind: 'datetime', value: (a, key) => londonDateTimeCell(field(a, key) as ActionRow['updatedAt']) }],
  user: [{ kind: 'text', value: text }],
};

/**
 * The Actions sheet's columns: for each field of `ACTION_FIELDS` that names Excel columns, the
 * cells its kind writes, headed by the field's label unless the column names its own header.
 */
export function actionSheetColumns(): ColumnSpec<ActionRow>[] {
  return ACTION_FIELD_KEYS.flatMap((key) => {
    const spec = actionFieldSpec(key);
    const cells = CELLS_OF_KIND[spec.kind];
    return (spec.excel ?? []).map((column, i): ColumnSpec<ActionRow> => {
      const cell = cells[i];
      if (!cell) throw new Error(`The ${spec.kind} field "${key}" names more Excel columns than its kind writes.`);
      return {
        header: column.header ?? spec.label,
        width: column.width,
        kind: cell.kind,
        value: (row) => cell.value(row, key),
      };
    });
  });
}
