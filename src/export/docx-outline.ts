import { Bookmark, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import { xmlSafeText } from './xml-safe-text';

interface OutlineEntry {
  readonly level: 1 | 2;
  readonly text: string;
  readonly anchor: string;
}

const HEADING_STYLE = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/**
 * The statement's headings as they are written, each with a bookmark, so the contents list can
 * be built from the very headings the document has. A static list of links reads correctly in
 * Word and LibreOffice alike, where a Word contents field shows nothing until someone updates it.
 */
export class Outline {
  private readonly entries: OutlineEntry[] = [];

  /** A Word heading that appears in the contents and that the contents links to. */
  heading(level: 1 | 2, text: string, options: { readonly pageBreakBefore?: boolean } = {}): Paragraph {
    const anchor = `section_${this.entries.length + 1}`;
    const safe = xmlSafeText(text);
    this.entries.push({ level, text: safe, anchor });
    return new Paragraph({
      heading: HEADING_STYLE[level],
      keepNext: true,
      pageBreakBefore: options.pageBreakBefore,
      children: [new Bookmark({ id: anchor, children: [new TextRun(safe)] })],
    });
  }

  /** The contents list: one linked line per heading, areas indented under their group. */
  contents(): Paragraph[] {
    return this.entries.map(
      (entry) =>
        new Paragraph({
          indent: { left: entry.level === 1 ? 0 : 400 },
          spacing: { before: entry.level === 1 ? 120 : 0, after: 40 },
          children: [
            new InternalHyperlink({
              anchor: entry.anchor,
              children: [new TextRun({ text: entry.text, bold: entry.level === 1, style: 'Hyperlink' })],
            }),
          ],
        }),
    );
  }
}
