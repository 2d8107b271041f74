import { matchGlyph, type GlyphLevel } from './bullet-glyphs';
import { matchHeading, type HeadingMatch } from './headings';
import type { SourceLine } from './normalise-text';

export type LineKind = 'heading' | 'bullet' | 'sub-bullet' | 'text';

export interface LetterLine {
  readonly kind: LineKind;
  /** Without its bullet glyph. */
  readonly text: string;
  readonly blankBefore: boolean;
  readonly pageBreakBefore: boolean;
  readonly heading: HeadingMatch | null;
}

const KIND_OF_LEVEL: Record<GlyphLevel, LineKind> = { main: 'bullet', sub: 'sub-bullet' };

export function classifyLine(line: SourceLine): LetterLine {
  const { blankBefore, pageBreakBefore } = line;
  const glyph = matchGlyph(line.text);
  if (glyph) return { kind: KIND_OF_LEVEL[glyph.level], text: glyph.rest, blankBefore, pageBreakBefore, heading: null };
  const heading = matchHeading(line.text);
  return { kind: heading ? 'heading' : 'text', text: line.text, blankBefore, pageBreakBefore, heading };
}

const TERMINAL = /[.!?:;)’”'"]$/;
const MAX_SUBHEADING_LENGTH = 90;
const MAX_SUBHEADING_WORDS = 12;
const MAX_COLON_SUBHEADING_WORDS = 4;

/** Ends like the last line of a sentence, so whatever follows starts afresh. */
export const endsSentence = (text: string): boolean => TERMINAL.test(text);

/**
 * Could be a sub-heading ("Health", "Leadership and management"): short, capitalised, no closing
 * punctuation, not the tail of a wrapped sentence, and not wrapping onto a lowercase next line.
 */
export function looksLikeSubheading(
  line: LetterLine,
  previous: LetterLine | undefined,
  next: LetterLine | undefined,
): boolean {
  if (line.kind !== 'text' || !next) return false;
  const { text } = line;
  if (text.length > MAX_SUBHEADING_LENGTH || text.split(' ').length > MAX_SUBHEADING_WORDS) return false;
  // "Health:" is a heading; "Action is needed in these areas:" introduces a list.
  const shortWithColon = /:$/.test(text) && text.split(' ').length <= MAX_COLON_SUBHEADING_WORDS;
  if (!/^[\p{Lu}‘“'"]/u.test(text) || (/[.,;:]$/.test(text) && !shortWithColon)) return false;
  if (next.kind === 'text' && /^\p{Ll}/u.test(next.text)) return false;
  return previous === undefined || previous.kind === 'heading' || line.blankBefore || endsSentence(previous.text);
}
