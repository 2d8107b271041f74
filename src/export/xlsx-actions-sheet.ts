import type { Workbook } from 'exceljs';
import type { ActionRow } from './submission-model.types';
import { actionSheetColumns } from './xlsx-action-columns';
import { formatStatusColumns } from './xlsx-status-format';
import { writeTable, type ColumnSpec } from './xlsx-table';
import type { CellValue } from './xlsx-cells';

/** One column for every field of an action, so the workbook is the complete record. */
export const ACTION_COLUMNS: readonly ColumnSpec<ActionRow>[] = actionSheetColumns();

const STATUS_COLUMN = ACTION_COLUMNS.findIndex((c) => c.header === 'Status') + 1;
const RAG_COLUMN = ACTION_COLUMNS.findIndex((c) => c.header === 'RAG') + 1;

/** Writes actions whose cell values `rowValues(ACTION_COLUMNS, …)` computed. */
export function addActionsSheet(workbook: Workbook, name: string, rows: readonly (readonly CellValue[])[]): void {
  const sheet = workbook.addWorksheet(name);
  writeTable(sheet, ACTION_COLUMNS, rows);
  formatStatusColumns(sheet, STATUS_COLUMN, RAG_COLUMN, rows.length);
}
