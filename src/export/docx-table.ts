import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { TABLE_TEXT_STYLE } from './docx-styles';
import { textRuns } from './docx-text';
import { xmlSafeText } from './xml-safe-text';

/** One cell's content: plain text, or lines (each its own paragraph), with an optional fill. */
export interface CellContent {
  readonly lines: readonly string[];
  /** Hex fill behind the text; the text itself always says what the fill means. */
  readonly fill?: string;
  readonly bold?: boolean;
}

export type Cell = string | CellContent;

const HEADER_FILL = 'D9E2F3';
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/**
 * A data table whose first row is a real header row, repeated on every page it spans, so a
 * reader (or screen reader) always knows which column is which.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths: readonly number[],
): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, i) => tableCell({ lines: [text], bold: true, fill: HEADER_FILL }, widths[i] ?? 0)),
  });
  const bodyRows = rows.map((row) => new TableRow({ children: row.map((cell, i) => tableCell(cell, widths[i] ?? 0)) }));
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    margins: CELL_MARGINS,
    rows: [headerRow, ...bodyRows],
  });
}

function tableCell(cell: Cell, width: number): TableCell {
  const content: CellContent = typeof cell === 'string' ? { lines: [cell] } : cell;
  const lines = content.lines.length > 0 ? content.lines : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: content.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: content.fill } : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          style: TABLE_TEXT_STYLE,
          children: content.bold ? [new TextRun({ text: xmlSafeText(line), bold: true })] : textRuns(line),
        }),
    ),
  });
}
