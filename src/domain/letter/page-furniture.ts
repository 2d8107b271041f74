/** Page numbers and running headers/footers: print furniture, not letter content. */

const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
const EDGE_DEPTH = 2;

function nonBlankIndexes(page: readonly string[]): number[] {
  return page.flatMap((line, index) => (line === '' ? [] : [index]));
}

/** The first and last few non-blank lines of a page, where headers and footers sit. */
function edgeIndexes(page: readonly string[]): number[] {
  const indexes = nonBlankIndexes(page);
  return [...new Set([...indexes.slice(0, EDGE_DEPTH), ...indexes.slice(-EDGE_DEPTH)])];
}

const shape = (line: string): string => line.toLowerCase().replace(/\d+/g, '#');

/**
 * Lines that recur at the edges of most pages (digits ignored, so "Page 3 of 9" counts) are
 * running headers or footers. Needs three pages: two could repeat by chance.
 */
function runningLineShapes(pages: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(edgeIndexes(page).map((i) => shape(page[i] ?? '')));
    for (const s of shapes) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([s, n]) => n >= threshold && s.length <= 120 && s !== '#').map(([s]) => s));
}

function blankOut(page: string[], indexes: readonly number[]): string[] {
  const drop = new Set(indexes);
  return page.map((line, i) => (drop.has(i) ? '' : line));
}

function removeRunningLines(pages: readonly string[][]): string[][] {
  if (pages.length < 3) return pages.map((p) => [...p]);
  const running = runningLineShapes(pages);
  return pages.map((page) =>
    blankOut(
      page,
      edgeIndexes(page).filter((i) => running.has(shape(page[i] ?? ''))),
    ),
  );
}

/** The last line of a page if it is a bare number; the first only if it is this page's number. */
function pageNumberIndexes(page: readonly string[], pageNumber: number): number[] {
  const indexes = nonBlankIndexes(page);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const found: number[] = [];
  if (last !== undefined && PAGE_NUMBER.test(page[last] ?? '')) found.push(last);
  const firstLine = first === undefined ? '' : (page[first] ?? '');
  if (first !== undefined && first !== last && (/^page\s/i.test(firstLine) || firstLine === String(pageNumber))) {
    found.push(first);
  }
  return found;
}

export function removePageFurniture(pages: readonly string[][]): string[][] {
  const withoutRunning = removeRunningLines(pages);
  if (withoutRunning.length < 2) return withoutRunning;
  return withoutRunning.map((page, i) => blankOut(page, pageNumberIndexes(page, i + 1)));
}
