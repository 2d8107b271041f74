import type { ProseBlock } from './statement-model.types';

const BULLET = /^\s*(?:[-*•–])\s+/;

/**
 * The DCS's plain text as paragraphs and lists: a blank line ends a paragraph, and lines that
 * start with "- ", "* " or "• " are list items. Other line breaks inside a paragraph are kept.
 */
export function proseBlocks(text: string): ProseBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap(chunkBlocks);
}

function chunkBlocks(chunk: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let lines: string[] = [];
  let items: string[] = [];
  const flushLines = () => {
    if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
    lines = [];
  };
  const flushItems = () => {
    if (items.length > 0) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of chunk.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (BULLET.test(line)) {
      flushLines();
      items.push(line.replace(BULLET, '').trim());
    } else {
      flushItems();
      lines.push(line.trim());
    }
  }
  flushLines();
  flushItems();
  return blocks;
}
