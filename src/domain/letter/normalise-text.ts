import { removeFootnotes } from './footnotes';
import { removePageFurniture } from './page-furniture';

/** One printed line after page clean-up, with whether a blank line stood before it on its page. */
export interface SourceLine {
  readonly text: string;
  readonly blankBefore: boolean;
  /** First line of a page after the first: a paragraph may or may not end at the break. */
  readonly pageBreakBefore: boolean;
}

const CHARACTER_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\r\n?|\v|\u2028|\u2029/g, '\n'],
  [/[\u00A0\u2007\u202F\t]/g, ' '],
  // Soft hyphens and zero-width characters come from copy-paste and split words invisibly.
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''],
  [/\uFB00/g, 'ff'],
  [/\uFB01/g, 'fi'],
  [/\uFB02/g, 'fl'],
  [/\uFB03/g, 'ffi'],
  [/\uFB04/g, 'ffl'],
];

export function normaliseCharacters(raw: string): string {
  return CHARACTER_FIXES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), raw);
}

/** Pages as lines: form feeds separate pages, as in PDF extractions. */
export function splitPages(text: string): string[][] {
  return text.split('\f').map((page) => page.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()));
}

/**
 * Lines with page numbers, running headers and footers and footnotes removed. A page break is not
 * a paragraph break (bullets run over pages), so blank lines at page edges are dropped.
 */
export function cleanLetterLines(raw: string): SourceLine[] {
  const pages = removeFootnotes(removePageFurniture(splitPages(normaliseCharacters(raw))));
  const lines: SourceLine[] = [];
  for (const page of pages) {
    let blank = false;
    let pageStarted = false;
    for (const text of page) {
      if (text === '') {
        blank = pageStarted;
        continue;
      }
      lines.push({ text, blankBefore: blank, pageBreakBefore: !pageStarted && lines.length > 0 });
      blank = false;
      pageStarted = true;
    }
  }
  return lines;
}
