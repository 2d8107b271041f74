/**
 * Joins a printed line onto the paragraph so far. A line ending in a hyphen glued to a word
 * ("multi-" / "agency") is a compound split by the line break: keep the hyphen, drop the space.
 * Words the extractor already glued ("multiagency") stay as printed.
 */
export function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (/\S[-‐‑]$/u.test(paragraph)) return paragraph + line;
  return `${paragraph} ${line}`;
}

export const joinLines = (lines: readonly string[]): string => lines.reduce(joinLine, '');

/** A typical full line's length: long lines that end early are paragraph ends. */
export function wrapWidth(lengths: readonly number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.75)] ?? 80;
}

const SHORT_LINE_RATIO = 0.8;

/**
 * With no blank lines, a paragraph ends where a line stops short after a full stop and the next
 * starts with a capital; at a page break, where a sentence ends at all (the blank line that
 * would tell is lost with the page). A guess, so items split this way are low confidence.
 */
export function isSoftBreak(previous: string, next: string, width: number, pageBreak: boolean): boolean {
  const shortEnough = pageBreak || previous.length < width * SHORT_LINE_RATIO;
  return /[.!?]['’”")]?$/.test(previous) && shortEnough && /^[\p{Lu}‘“'"\d]/u.test(next);
}
