import type { LetterSection, TextSpan } from '../../domain/letter/parsed-letter';

export interface LetterPart {
  readonly text: string;
  /** Inside the span of the finding being looked at. */
  readonly selected: boolean;
}

/** A run of the letter: a detected section, or text between sections. */
export interface LetterRun {
  readonly section: LetterSection | null;
  readonly start: number;
  readonly parts: readonly LetterPart[];
}

const clamp = (n: number, max: number) => Math.min(Math.max(0, n), max);

function partsOf(text: string, start: number, end: number, selected: TextSpan | null): LetterPart[] {
  if (!selected || selected.end <= start || selected.start >= end)
    return [{ text: text.slice(start, end), selected: false }];
  const from = Math.max(start, selected.start);
  const to = Math.min(end, selected.end);
  return [
    { text: text.slice(start, from), selected: false },
    { text: text.slice(from, to), selected: true },
    { text: text.slice(to, end), selected: false },
  ].filter((p) => p.text !== '');
}

/**
 * Cuts the letter into runs at the detected sections, and each run at the selected finding's
 * span, so the panel can mark both. Sections are taken in order and never overlap; spans that
 * point past the text (from a damaged draft) are clamped.
 */
export function letterRuns(text: string, sections: readonly LetterSection[], selected: TextSpan | null): LetterRun[] {
  const runs: LetterRun[] = [];
  let at = 0;
  const ordered = [...sections].sort((a, b) => a.start - b.start);
  for (const section of ordered) {
    const start = clamp(Math.max(section.start, at), text.length);
    const end = clamp(section.end, text.length);
    if (end <= start) continue;
    if (start > at) runs.push({ section: null, start: at, parts: partsOf(text, at, start, selected) });
    runs.push({ section, start, parts: partsOf(text, start, end, selected) });
    at = end;
  }
  if (at < text.length) runs.push({ section: null, start: at, parts: partsOf(text, at, text.length, selected) });
  return runs;
}
