import type { IStylesOptions } from 'docx';

const FONT = 'Arial';

/** The paragraph style of table cells: 10pt with no space after, set once rather than on every run. */
export const TABLE_TEXT_STYLE = 'TableText';

/**
 * en-GB on the document defaults, so Word proofs in British English and screen readers choose the
 * right voice; headings are Word's own Heading styles, so the navigation pane and assistive
 * technology see the structure.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: 'en-GB' } },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: '1F3864' },
        paragraph: { spacing: { before: 360, after: 120 } },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: '1F3864' },
        paragraph: { spacing: { before: 240, after: 80 } },
      },
      heading3: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
    },
    paragraphStyles: [
      {
        id: TABLE_TEXT_STYLE,
        name: 'Table text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20 },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
