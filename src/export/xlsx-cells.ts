import type { IsoDate, IsoDateTime } from '../domain/dates';
import { xmlSafeText } from './xml-safe-text';

export type CellValue = string | number | Date | null;

/**
 * Excel (and exceljs on reading) turns `_x0041_` in a string into "A". Escaping the underscore
 * as `_x005F_`, as Excel itself does, keeps such text literal.
 */
const ESCAPE_LIKE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text for a cell. exceljs writes a JavaScript string as a string cell (`t="s"`) and only ever
 * writes a formula for a `{ formula }` object, so `=HYPERLINK(…)`, `+1`, `-2` or `@SUM(A1)` land
 * as the literal characters. A leading apostrophe would not help (exceljs stores it as part of
 * the text); instead text columns also carry the Text number format (`@`), so a cell someone
 * re-edits in Excel stays text rather than being re-read as a formula.
 */
export function textCell(text: string): string | null {
  // An empty string would still be a cell Excel counts as filled (COUNTA, "(Blanks)" filters).
  if (text === '') return null;
  // Excel breaks lines in a cell on LF alone; a bare CR would not survive the XML round trip anyway.
  return xmlSafeText(text).replace(/\r\n?/g, '\n').replace(ESCAPE_LIKE, '_x005F_x$1_');
}

/** A calendar date as Excel's date serial: exceljs counts a Date's UTC midnight as that day. */
export function dateCell(date: IsoDate | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the wall-clock time in England: Excel has no time zones, and readers are in the UK. */
export function londonDateTimeCell(instant: IsoDateTime | null): Date | null {
  if (!instant) return null;
  const parts = LONDON_PARTS.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')));
}
