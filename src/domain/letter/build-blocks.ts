import type { LetterLine } from './classify-lines';
import type { LineSection } from './find-sections';
import { isSoftBreak, joinLine, wrapWidth } from './join-lines';

export type BlockKind = 'heading' | 'subheading' | 'bullet' | 'sub-bullet' | 'paragraph';
/** What separated a block from the one before: a blank line, a guessed paragraph end, or nothing. */
export type BlockBreak = 'blank' | 'soft' | 'none';

export interface Block {
  readonly kind: BlockKind;
  readonly text: string;
  readonly section: number;
  readonly breakBefore: BlockBreak;
}

interface Builder {
  readonly blocks: Block[];
  readonly width: number;
  /** The section marks paragraphs with blank lines, so only page breaks leave a doubt. */
  blankSeparated: boolean;
  /** Whether the section has first-level glyphs, so that dashes can be second-level. */
  hasMainBullets: boolean;
  open: { kind: BlockKind; text: string; section: number; breakBefore: BlockBreak; lastLine: string } | null;
}

function close(b: Builder): void {
  if (b.open)
    b.blocks.push({ kind: b.open.kind, text: b.open.text, section: b.open.section, breakBefore: b.open.breakBefore });
  b.open = null;
}

function start(b: Builder, kind: BlockKind, text: string, section: number, breakBefore: BlockBreak): void {
  close(b);
  b.open = { kind, text, section, breakBefore, lastLine: text };
}

function append(b: Builder, text: string): void {
  if (!b.open) return;
  b.open.text = joinLine(b.open.text, text);
  b.open.lastLine = text;
}

const inBullet = (b: Builder): boolean => b.open?.kind === 'bullet' || b.open?.kind === 'sub-bullet';

/**
 * Continuation lines join a bullet unless a blank line and a capital say a new paragraph
 * starts; outside bullets, blank lines and guessed paragraph ends split paragraphs.
 */
function addText(b: Builder, line: LetterLine, section: number, preamble: boolean): void {
  const open = b.open;
  const lowerStart = /^\p{Ll}/u.test(line.text);
  if (!open || open.kind === 'heading' || open.kind === 'subheading')
    return start(b, 'paragraph', line.text, section, line.blankBefore ? 'blank' : 'none');
  if (inBullet(b) && (!line.blankBefore || lowerStart)) return append(b, line.text);
  if (line.blankBefore) return start(b, 'paragraph', line.text, section, 'blank');
  if (preamble && !lowerStart) return start(b, 'paragraph', line.text, section, 'none');
  const guessable = !b.blankSeparated || line.pageBreakBefore;
  if (!inBullet(b) && guessable && isSoftBreak(open.lastLine, line.text, b.width, line.pageBreakBefore)) {
    return start(b, 'paragraph', line.text, section, 'soft');
  }
  append(b, line.text);
}

function addLine(b: Builder, line: LetterLine, section: number, s: LineSection, isSubheading: boolean): void {
  const breakBefore: BlockBreak = line.blankBefore ? 'blank' : 'none';
  if (isSubheading) return start(b, 'subheading', line.text, section, breakBefore);
  if (line.kind === 'bullet') return start(b, 'bullet', line.text, section, breakBefore);
  // A sub-bullet with no bullet above it, or in a list that has only dashes, is an item itself.
  if (line.kind === 'sub-bullet') {
    return start(b, inBullet(b) && b.hasMainBullets ? 'sub-bullet' : 'bullet', line.text, section, breakBefore);
  }
  addText(b, line, section, s.role === 'preamble');
}

function addSection(b: Builder, lines: readonly LetterLine[], s: LineSection, section: number): void {
  close(b);
  b.blankSeparated = lines.slice(s.from + 1, s.to).some((l) => l.blankBefore);
  b.hasMainBullets = lines.slice(s.from, s.to).some((l) => l.kind === 'bullet');
  if (s.headingLine !== null) start(b, 'heading', s.heading, section, 'blank');
  const subheadings = new Set(s.subheadings);
  for (let i = s.from; i < s.to; i++) {
    const line = lines[i];
    if (line) addLine(b, line, section, s, subheadings.has(i));
  }
  close(b);
}

/** Lines to paragraphs: headings, bullets, sub-bullets and prose paragraphs, in letter order. */
export function buildBlocks(lines: readonly LetterLine[], sections: readonly LineSection[]): Block[] {
  const width = wrapWidth(lines.filter((l) => l.kind === 'text').map((l) => l.text.length));
  const builder: Builder = { blocks: [], width, blankSeparated: false, hasMainBullets: false, open: null };
  sections.forEach((s, index) => addSection(builder, lines, s, index));
  return builder.blocks;
}
