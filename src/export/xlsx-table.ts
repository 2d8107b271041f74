import type { Worksheet } from 'exceljs';
import type { CellValue } from './xlsx-cells';

export type ColumnKind = 'text' | 'date' | 'datetime' | 'number';

export interface ColumnSpec<T> {
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
  readonly value: (row: T) => CellValue;
}

const NUM_FMT: Record<ColumnKind, string> = {
  text: '@',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  number: '0',
};

const HEADER_FILL = 'FFD9E2F3';

/** Cell values computed once, so a row shown on several sheets is formatted only once. */
export function rowValues<T>(columns: readonly ColumnSpec<T>[], items: readonly T[]): CellValue[][] {
  return items.map((item) => columns.map((c) => c.value(item)));
}

/**
 * Writes rows under a bold header that stays in view (frozen), filters (auto-filter) and repeats
 * on every printed page. Column styles are set first so every cell written afterwards inherits
 * its number format and wrapping.
 */
export function writeTable<T>(
  sheet: Worksheet,
  columns: readonly ColumnSpec<T>[],
  rows: readonly (readonly CellValue[])[],
): void {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { numFmt: NUM_FMT[c.kind], alignment: { vertical: 'top', wrapText: c.kind === 'text' } },
  }));
  for (const row of rows) sheet.addRow([...row]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}
