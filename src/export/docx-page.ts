import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { DRAFT_BANNER } from './draft-banner';
import type { SubmissionModel } from './submission-model.types';
import { xmlSafeText } from './xml-safe-text';

/** A4 in twips, with one-inch margins: the widths tables are drawn against. */
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1440;
export const LANDSCAPE_TEXT_WIDTH = A4_LONG - 2 * MARGIN;
export const PORTRAIT_TEXT_WIDTH = A4_SHORT - 2 * MARGIN;

type SectionProperties = NonNullable<ISectionOptions['properties']>;

export function pageProperties(orientation: 'portrait' | 'landscape'): SectionProperties {
  return {
    page: {
      // docx swaps width and height itself when told the page is landscape.
      size: {
        width: A4_SHORT,
        height: A4_LONG,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
    },
  };
}

/**
 * Every section gets its own header: until the chain is complete each page says, in words, that it
 * is a draft, so a printed page cannot pass for the approved statement.
 */
export function runningHead(model: SubmissionModel): Pick<ISectionOptions, 'headers' | 'footers'> {
  const head = model.final
    ? new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: xmlSafeText(model.cover.title), size: 18 })],
      })
    : new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: DRAFT_BANNER, bold: true, size: 28, color: 'C00000' })],
      });
  const foot = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
  });
  return {
    headers: { default: new Header({ children: [head] }) },
    footers: { default: new Footer({ children: [foot] }) },
  };
}
