/**
 * Rebuilds printed lines from PDF text items, which arrive as positioned fragments. Pure, so it
 * can be tested without a PDF.
 */

export interface PositionedText {
  readonly str: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Roughly the font size. */
  readonly height: number;
}

interface Line {
  readonly y: number;
  readonly height: number;
  readonly items: PositionedText[];
}

/** A superscript sits up to ~⅔ of a line height above the baseline; a descent below it. */
const RAISE = 0.7;
const DROP = 0.35;
/** A gap wider than this share of the font size between fragments is a word space. */
const WORD_GAP = 0.15;
/** A baseline gap this many times the font size means a blank line (a new paragraph or bullet). */
const PARAGRAPH_GAP = 1.45;

function fits(line: Line, item: PositionedText): boolean {
  const size = Math.max(line.height, item.height);
  const rise = item.y - line.y;
  return rise <= RAISE * size && rise >= -DROP * size;
}

/** Tall fragments set the lines; small ones (superscripts, footnote numbers) then join them. */
function groupLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  const bySize = [...items].sort((a, b) => b.height - a.height || b.y - a.y);
  for (const item of bySize) {
    const line = lines.find((l) => fits(l, item));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  return lines.sort((a, b) => b.y - a.y);
}

function lineText(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > WORD_GAP * line.height && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** One page's text: lines top to bottom, with a blank line where the print leaves a gap. */
export function pageText(items: readonly PositionedText[]): string {
  const visible = items.filter((i) => i.str.trim() !== '' && i.height > 0);
  const lines = groupLines(visible);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && previous.y - line.y > PARAGRAPH_GAP * Math.max(previous.height, line.height)) out.push('');
    out.push(lineText(line));
  });
  return out.join('\n');
}

/** Pages end with a newline and are separated by form feeds, like pdftotext's output. */
export const joinPages = (pages: readonly string[]): string => pages.map((p) => `${p}\n`).join('\f');
