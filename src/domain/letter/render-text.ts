import type { Block } from './build-blocks';
import type { TextSpan } from './parsed-letter';

/** A block placed in the normalised text; `span` covers its words, not its bullet glyph. */
export interface PlacedBlock extends Block {
  readonly span: TextSpan;
}

export interface RenderedLetter {
  readonly text: string;
  readonly blocks: readonly PlacedBlock[];
}

/** Bullets are shown with one glyph whatever the letter used, so private-use glyphs never reach the UI. */
const PREFIX: Record<Block['kind'], string> = {
  heading: '',
  subheading: '',
  bullet: '• ',
  'sub-bullet': '− ',
  paragraph: '',
};

/** One block per line; a blank line before each heading keeps the text readable. */
function separator(block: Block, index: number): string {
  if (index === 0) return '';
  return block.kind === 'heading' || block.kind === 'subheading' ? '\n\n' : '\n';
}

export function renderText(blocks: readonly Block[]): RenderedLetter {
  let text = '';
  const placed = blocks.map((block, index) => {
    text += separator(block, index) + PREFIX[block.kind];
    const start = text.length;
    text += block.text;
    return { ...block, span: { start, end: text.length } };
  });
  return { text, blocks: placed };
}
