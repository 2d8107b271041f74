/**
 * Footnotes: a numbered block at the foot of a page, referred to by a marker glued to a word in
 * the body ("Durham1.", "Haringey.1", "THRIVE3 risk"). Extractions put the block mid-paragraph
 * when a bullet runs over the page, so it must go before lines are joined.
 */

const FOOTNOTE_START = /^(\d{1,2})(?:\s+(\S.*))?$/;
const MAX_SKIPPED_NUMBERS = 2;

/** A marker is the number right after a letter or closing punctuation, never inside a number. */
function markerPattern(n: number): RegExp {
  return new RegExp(`(?<=[\\p{L}).,;:’'”"\\]])${n}(?!\\d)`, 'gu');
}

function hasMarker(lines: readonly string[], n: number): boolean {
  return lines.some((line) => markerPattern(n).test(line));
}

interface FootnoteStart {
  readonly index: number;
  readonly number: number;
}

function isStartLine(line: string, expected: number): number | null {
  const m = FOOTNOTE_START.exec(line);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < expected || n > expected + MAX_SKIPPED_NUMBERS) return null;
  // "1 This joint inspection…" (one line) is a footnote; "12 children were…" is body text.
  if (m[2] !== undefined && !/^[\p{Lu}‘“'"(]/u.test(m[2])) return null;
  return n;
}

/** The first line (never a page's first) that opens a footnote whose marker appears above it. */
function findStart(page: readonly string[], previousPage: readonly string[], expected: number): FootnoteStart | null {
  for (let index = 1; index < page.length; index++) {
    const n = isStartLine(page[index] ?? '', expected);
    if (n === null) continue;
    const above = [...previousPage, ...page.slice(0, index)];
    if (hasMarker(above, n)) return { index, number: n };
  }
  return null;
}

/** The numbers of the footnotes in a block: its lines that open with the next numbers in turn. */
function blockNumbers(block: readonly string[], first: number): number[] {
  const numbers = [first];
  for (const line of block.slice(1)) {
    const m = FOOTNOTE_START.exec(line);
    if (m && Number(m[1]) === (numbers[numbers.length - 1] ?? first) + 1) numbers.push(Number(m[1]));
  }
  return numbers;
}

/** Removes the last marker for `n` above the footnote: on this page, else on the page before. */
function removeMarker(pages: string[][], pageIndex: number, before: number, n: number): void {
  for (let p = pageIndex; p >= Math.max(0, pageIndex - 1); p--) {
    const page = pages[p] ?? [];
    const limit = p === pageIndex ? before : page.length;
    for (let i = limit - 1; i >= 0; i--) {
      const line = page[i] ?? '';
      const matches = [...line.matchAll(markerPattern(n))];
      const last = matches[matches.length - 1];
      if (last?.index === undefined) continue;
      page[i] = line.slice(0, last.index) + line.slice(last.index + String(n).length);
      return;
    }
  }
}

/** Pages without footnote blocks or their markers. A text with no page breaks is left alone. */
export function removeFootnotes(input: readonly string[][]): string[][] {
  const pages = input.map((page) => [...page]);
  if (pages.length < 2) return pages;
  let expected = 1;
  pages.forEach((page, p) => {
    const start = findStart(page, pages[p - 1] ?? [], expected);
    if (!start) return;
    const numbers = blockNumbers(page.slice(start.index), start.number);
    page.splice(start.index);
    for (const n of numbers) removeMarker(pages, p, start.index, n);
    expected = (numbers[numbers.length - 1] ?? start.number) + 1;
  });
  return pages;
}
