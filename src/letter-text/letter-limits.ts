/**
 * How big a findings letter file may be, by every measure that can exhaust memory or time.
 *
 * Real letters are far inside each limit: the published ones are 90–350 KB as PDFs, 6–15 pages,
 * 1.2 MB at most once their streams are inflated, under 40 KB of text, and read in a few seconds.
 * Each limit leaves more than ten times that headroom, so only a file that is not a letter (or is
 * built to hurt the reader, such as a zip bomb) is refused.
 */
export const LETTER_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 20 * 1024 * 1024,
  fileLabel: '20 MB',
  /** Everything in a Word file once unzipped, or every compressed stream of a PDF once inflated. */
  expandedBytes: 30 * 1024 * 1024,
  expandedLabel: '30 MB',
  /** Pages of a PDF, checked before any page is read. */
  pages: 200,
  /** Characters of text extracted from any file. */
  textCharacters: 2 * 1024 * 1024,
  textLabel: '2 MB',
  /** The whole extraction, from handing the file over to having its text. */
  seconds: 60,
} as const;

export type LetterLimits = typeof LETTER_LIMITS;
