/**
 * Bullet glyphs seen in extracted findings letters. Symbol fonts often come out as private-use
 * characters (U+F06E, U+F0A7, U+F0B7…), so any private-use character opening a line is a bullet.
 */
const MAIN_GLYPH = /^([◼◾▪■●•►▶➢➤✓✔❖◆♦\uE000-\uF8FF])\s*(?=\S)/u;
/** Plain glyphs that could open a sentence need a space after them to count. */
const MAIN_GLYPH_SPACED = /^([·*§Ø])\s+(?=\S)/u;
/** Second-level glyphs: Word's "o", dashes and hollow circles. */
const SUB_GLYPH = /^([−◦○o▫])\s+(?=\S)/u;
/** En dash or hyphen: a sub-bullet only before a capital; "– particularly…" is a wrapped aside. */
const DASH_GLYPH = /^([–‒-])\s+(?=[\p{Lu}‘“'"])/u;

export type GlyphLevel = 'main' | 'sub';

export interface GlyphMatch {
  readonly level: GlyphLevel;
  readonly glyph: string;
  /** The line without its glyph and the space after it. */
  readonly rest: string;
}

function matchWith(line: string, pattern: RegExp, level: GlyphLevel): GlyphMatch | null {
  const m = pattern.exec(line);
  if (!m || m[1] === undefined) return null;
  return { level, glyph: m[1], rest: line.slice(m[0].length) };
}

export function matchGlyph(line: string): GlyphMatch | null {
  return (
    matchWith(line, MAIN_GLYPH, 'main') ??
    matchWith(line, MAIN_GLYPH_SPACED, 'main') ??
    matchWith(line, SUB_GLYPH, 'sub') ??
    matchWith(line, DASH_GLYPH, 'sub')
  );
}

/** A line that holds a bullet glyph and nothing else (Word and PDF copies often break after it). */
const LONE_GLYPH = /^[◼◾▪■●•►▶➢➤✓✔❖◆♦\uE000-\uF8FF·*§Ø−◦○▫–‒-]$/u;

/** True when the line is a bullet glyph on its own. */
export const isLoneGlyph = (text: string): boolean => LONE_GLYPH.test(text.trim());
