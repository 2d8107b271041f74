import { Paragraph, TabStopType, TextRun } from 'docx';
import { bulletParagraph } from './docx-text';
import type { ProseBlock } from './statement-model.types';
import { xmlSafeText } from './xml-safe-text';

/** The DCS's prose as Word paragraphs and bulleted lists, lines inside a paragraph kept. */
export function proseParagraphs(blocks: readonly ProseBlock[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'list'
      ? block.items.map((item, i) => bulletParagraph(item, 0, i === block.items.length - 1))
      : [
          new Paragraph({
            spacing: { after: 160 },
            children: block.lines.map(
              (line, i) => new TextRun({ text: xmlSafeText(line), break: i === 0 ? undefined : 1 }),
            ),
          }),
        ],
  );
}

const LABEL_WIDTH = 851;

/** `AFI3  Text`, the text aligned after a label column, for numbered lists written out in full. */
export function numberedParagraph(label: string, text: string): Paragraph {
  return new Paragraph({
    indent: { left: LABEL_WIDTH, hanging: LABEL_WIDTH },
    tabStops: [{ type: TabStopType.LEFT, position: LABEL_WIDTH }],
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}\t` }), new TextRun(xmlSafeText(text))],
  });
}
