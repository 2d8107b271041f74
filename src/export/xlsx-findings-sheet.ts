import type { Workbook } from 'exceljs';
import type { FindingItem } from './submission-model.types';
import { textCell } from './xlsx-cells';
import { rowValues, writeTable, type ColumnSpec } from './xlsx-table';

const FINDING_COLUMNS: readonly ColumnSpec<FindingItem>[] = [
  { header: 'Finding ID', width: 18, kind: 'text', value: (f) => textCell(f.id) },
  { header: 'Finding no.', width: 9, kind: 'number', value: (f) => f.number },
  { header: 'Finding type', width: 22, kind: 'text', value: (f) => textCell(f.typeLabel) },
  { header: 'Letter sub-heading', width: 20, kind: 'text', value: (f) => textCell(f.heading ?? '') },
  { header: 'Finding', width: 70, kind: 'text', value: (f) => textCell(f.text) },
  { header: 'Sub-items', width: 50, kind: 'text', value: (f) => textCell(f.subItems.join('\n')) },
  { header: 'Agencies', width: 30, kind: 'text', value: (f) => textCell(f.agencies.join('\n')) },
  { header: 'Actions', width: 9, kind: 'number', value: (f) => f.actionCount },
];

export function addFindingsSheet(workbook: Workbook, findings: readonly FindingItem[]): void {
  writeTable(workbook.addWorksheet('Findings'), FINDING_COLUMNS, rowValues(FINDING_COLUMNS, findings));
}
