import { counted } from '../domain/statement/statement-names';
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { numberedParagraph, proseParagraphs } from './docx-prose';
import type { Outline } from './docx-outline';
import { bulletParagraph, heading, labelledParagraph, textParagraph } from './docx-text';
import type { FindingSummary, StatementCover, StatementModel } from './statement-model.types';
import { xmlSafeText } from './xml-safe-text';

type Block = Paragraph | Table;

const ACCENT = '1F3864';

const line = (text: string, size: number, options: { bold?: boolean; before?: number; after?: number } = {}) =>
  new Paragraph({
    spacing: { before: options.before, after: options.after ?? 120 },
    children: [new TextRun({ text: xmlSafeText(text), size, bold: options.bold, color: ACCENT })],
  });

/**
 * The title page: whose statement it is, after which inspection, and which version, so a reader
 * can match it to the signatures at the end.
 */
export function coverBlocks(cover: StatementCover): Block[] {
  const facts: [string, string | null][] = [
    ['Area', cover.area],
    ['Date of the findings letter', cover.letterDate],
    ['Submitted by', cover.submittedBy],
    ['Due to Ofsted by', cover.dueBy],
    ['Statement date', cover.date],
    ['Version', cover.version],
    ['Status', cover.status],
    ['Content reference', cover.contentReference],
  ];
  return [
    line(cover.partnership, 32, { bold: true, before: 1800, after: 240 }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { after: 240 },
      children: [new TextRun({ text: 'Written statement of action', size: 56, bold: true, color: ACCENT })],
    }),
    line(cover.inspectionTitle, 30, { after: 720 }),
    ...partnerBlocks(cover),
    ...facts.flatMap(([label, value]) => (value ? [labelledParagraph(label, value)] : [])),
  ];
}

function partnerBlocks(cover: StatementCover): Paragraph[] {
  if (cover.statutoryPartners.length === 0) return [];
  return [
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: 'Statutory safeguarding partners', bold: true })],
    }),
    ...cover.statutoryPartners.map((name, i, all) => bulletParagraph(name, 0, i === all.length - 1)),
  ];
}

/** The contents page, filled in from the outline once the rest of the statement is written. */
export function contentsBlocks(outline: Outline): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun('Contents')],
    }),
    ...outline.contents(),
  ];
}

export function forewordBlocks(model: StatementModel, outline: Outline): Block[] {
  return [
    outline.heading(1, 'Introduction and foreword', { pageBreakBefore: true }),
    ...proseParagraphs(model.foreword),
  ];
}

function summaryIntro(summary: FindingSummary, letterDate: string | null): string {
  const letter = letterDate ? `The inspectors' letter of ${letterDate}` : "The inspectors' letter";
  const priority = counted(summary.priority.length, 'area for priority action', 'areas for priority action');
  const improvement = counted(summary.improvement.length, 'area for improvement', 'areas for improvement');
  return `${letter} identified ${priority} and ${improvement}. This statement sets out the partnership's actions for each of them.`;
}

function numberedList(title: string, prefix: string, items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [];
  return [heading(3, title), ...items.map((text, i) => numberedParagraph(`${prefix}${i + 1}`, text))];
}

export function summaryBlocks(model: StatementModel, outline: Outline): Block[] {
  const { summary } = model;
  const strengths =
    summary.strengths.length === 0
      ? []
      : [
          heading(3, 'Strengths'),
          new Paragraph({
            keepNext: true,
            children: [
              new TextRun('The inspectors also recognised these strengths, on which the partnership will build:'),
            ],
          }),
          ...summary.strengths.map((text, i, all) => bulletParagraph(text, 0, i === all.length - 1)),
        ];
  return [
    outline.heading(1, 'Summary of the findings'),
    textParagraph(summaryIntro(summary, model.cover.letterDate)),
    ...numberedList('Areas for priority action', 'PA', summary.priority),
    ...numberedList('Areas for improvement', 'AFI', summary.improvement),
    ...strengths,
  ];
}
