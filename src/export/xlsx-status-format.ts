import type { DataValidation, Worksheet } from 'exceljs';
import { ACTION_STATUSES, ACTION_STATUS_META, type Rag } from '../domain/action';

const RAG_ARGB: Record<Rag, string> = {
  grey: 'FFE7E6E6',
  green: 'FFC6EFCE',
  amber: 'FFFFEB9C',
  red: 'FFFFC7CE',
  blue: 'FFDDEBF7',
};

export const STATUS_LABELS = ACTION_STATUSES.map((s) => ACTION_STATUS_META[s].label);

/** Excel's list formula: the choices in quotes, comma-separated. */
const STATUS_LIST = `"${STATUS_LABELS.join(',')}"`;

const columnLetter = (sheet: Worksheet, column: number) => sheet.getColumn(column).letter;

/**
 * exceljs keeps a sheet's validations by range in `dataValidations`, which its typings leave out.
 * One rule for the column's range is written as it is; one per cell costs a pass that merges
 * hundreds of identical rules back into a range.
 */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
}

const STATUS_VALIDATION: DataValidation = {
  type: 'list',
  allowBlank: false,
  formulae: [STATUS_LIST],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Status',
  error: `Choose one of: ${STATUS_LABELS.join(', ')}.`,
};

/**
 * The status column accepts only the five statuses (a drop-down), and each status and its RAG
 * word are filled in their colour. The fill is conditional so it follows a status someone
 * changes in Excel; the words stay in the cell, so colour is never the only signal.
 */
export function formatStatusColumns(sheet: Worksheet, statusColumn: number, ragColumn: number, rows: number): void {
  if (rows === 0) return;
  const range = (column: number) => `${columnLetter(sheet, column)}2:${columnLetter(sheet, column)}${rows + 1}`;
  (sheet as unknown as RangeValidations).dataValidations.add(range(statusColumn), STATUS_VALIDATION);
  const rule = (word: string, rag: Rag, priority: number) => ({
    type: 'cellIs' as const,
    operator: 'equal' as const,
    priority,
    formulae: [`"${word}"`],
    style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: RAG_ARGB[rag] } } },
  });
  const metas = ACTION_STATUSES.map((s) => ACTION_STATUS_META[s]);
  sheet.addConditionalFormatting({ ref: range(statusColumn), rules: metas.map((m, i) => rule(m.label, m.rag, i + 1)) });
  sheet.addConditionalFormatting({
    ref: range(ragColumn),
    rules: metas.map((m, i) => rule(m.ragLabel, m.rag, metas.length + i + 1)),
  });
}
