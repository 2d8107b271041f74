import type { Workbook } from 'exceljs';
import { formatShortDate } from '../domain/dates';
import type { ActionRow } from './submission-model.types';
import { dateCell, londonDateTimeCell, textCell } from './xlsx-cells';
import { formatStatusColumns } from './xlsx-status-format';
import { writeTable, type ColumnSpec } from './xlsx-table';
import type { CellValue } from './xlsx-cells';

const lines = (items: readonly string[]) => textCell(items.join('\n'));

/** One column for every field of an action, so the workbook is the complete record. */
export const ACTION_COLUMNS: readonly ColumnSpec<ActionRow>[] = [
  { header: 'Action ID', width: 18, kind: 'text', value: (a) => textCell(a.id) },
  { header: 'Finding no.', width: 9, kind: 'number', value: (a) => a.finding?.number ?? null },
  { header: 'Finding type', width: 18, kind: 'text', value: (a) => textCell(a.finding?.typeLabel ?? 'Not linked') },
  { header: 'Finding', width: 50, kind: 'text', value: (a) => textCell(a.finding?.text ?? '') },
  { header: 'Action', width: 60, kind: 'text', value: (a) => textCell(a.title) },
  { header: 'Lead agency', width: 24, kind: 'text', value: (a) => textCell(a.leadAgency) },
  { header: 'Contributing agencies', width: 24, kind: 'text', value: (a) => lines(a.contributingAgencies) },
  { header: 'Lead officer', width: 22, kind: 'text', value: (a) => textCell(a.leadOfficer ?? '') },
  { header: 'Sponsoring director', width: 22, kind: 'text', value: (a) => textCell(a.sponsoringDirector) },
  { header: 'Start date', width: 12, kind: 'date', value: (a) => dateCell(a.startDate) },
  { header: 'Target date', width: 12, kind: 'date', value: (a) => dateCell(a.targetDate) },
  {
    header: 'Milestones',
    width: 40,
    kind: 'text',
    value: (a) => lines(a.milestones.map((m) => `${m.title} (due ${formatShortDate(m.due)}${m.done ? ', done' : ''})`)),
  },
  { header: 'Success measure', width: 40, kind: 'text', value: (a) => textCell(a.successMeasure) },
  { header: 'How measured', width: 30, kind: 'text', value: (a) => textCell(a.measuredBy) },
  { header: 'Evidence', width: 40, kind: 'text', value: (a) => lines(a.evidence.map((e) => `${e.title}: ${e.url}`)) },
  { header: 'Status', width: 13, kind: 'text', value: (a) => textCell(a.statusLabel) },
  { header: 'RAG', width: 8, kind: 'text', value: (a) => textCell(a.ragLabel) },
  { header: 'Reason for status', width: 40, kind: 'text', value: (a) => textCell(a.statusReason) },
  { header: 'Last updated', width: 17, kind: 'datetime', value: (a) => londonDateTimeCell(a.updatedAt) },
  { header: 'Last updated by', width: 22, kind: 'text', value: (a) => textCell(a.updatedBy ?? '') },
];

const STATUS_COLUMN = ACTION_COLUMNS.findIndex((c) => c.header === 'Status') + 1;
const RAG_COLUMN = ACTION_COLUMNS.findIndex((c) => c.header === 'RAG') + 1;

/** Writes actions whose cell values `rowValues(ACTION_COLUMNS, …)` computed. */
export function addActionsSheet(workbook: Workbook, name: string, rows: readonly (readonly CellValue[])[]): void {
  const sheet = workbook.addWorksheet(name);
  writeTable(sheet, ACTION_COLUMNS, rows);
  formatStatusColumns(sheet, STATUS_COLUMN, RAG_COLUMN, rows.length);
}
