import { isLoneGlyph } from './bullet-glyphs';
import type { SourceLine } from './normalise-text';

/**
 * A bullet glyph alone on its line belongs to the text that follows it, however many blank lines
 * come between (pasted letters often break there): the two become one bulleted line, so no item is
 * ever only a glyph. A glyph with nothing after it is dropped.
 */
export function attachLoneGlyphs(lines: readonly SourceLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isLoneGlyph(line.text)) {
      joined.push(line);
      continue;
    }
    let next = i + 1;
    while (next < lines.length && isLoneGlyph(lines[next]!.text)) next++;
    const text = lines[next]?.text;
    if (text !== undefined) joined.push({ ...line, text: `${line.text.trim()} ${text}` });
    i = next;
  }
  return joined;
}
