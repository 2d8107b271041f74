import type { Paragraph, Table } from 'docx';
import { PORTRAIT_TEXT_WIDTH } from './docx-page';
import type { Outline } from './docx-outline';
import { proseParagraphs } from './docx-prose';
import { dataTable } from './docx-table';
import { heading, textParagraph } from './docx-text';
import type { SignatureLine, StatementModel } from './statement-model.types';

type Block = Paragraph | Table;

const widths = (percentages: readonly number[]) =>
  percentages.map((pct) => Math.floor((pct * PORTRAIT_TEXT_WIDTH) / 100));

export function monitoringBlocks(model: StatementModel, outline: Outline): Block[] {
  return [
    outline.heading(1, 'Governance and monitoring arrangements', { pageBreakBefore: true }),
    ...proseParagraphs(model.monitoring),
  ];
}

export const EVERY_SIGNATURE_COMPLETE = 'Every signature is complete';

const SIGNATURE_HEADERS = ['Name', 'Role', 'Decision', 'Date', 'Content reference'];
const SIGNATURE_WIDTHS = widths([28, 25, 16, 15, 16]);

function signatureTable(lines: readonly SignatureLine[]): Table {
  const rows = lines.map((l) => [
    { lines: [l.name ?? 'To be named', ...(l.jobTitle ? [l.jobTitle] : [])] },
    l.role,
    l.decisionText,
    l.date ?? '',
    l.contentReference ?? '',
  ]);
  return dataTable(SIGNATURE_HEADERS, rows, SIGNATURE_WIDTHS);
}

/**
 * Who approves the statement on the partnership's behalf, with their decision, its date and the
 * content reference of the version they approved; anyone still to sign has a line of their own.
 */
export function signatureBlocks(model: StatementModel, outline: Outline): Block[] {
  const { signatures, assurance, cover } = model;
  const signed =
    signatures.length === 0
      ? [textParagraph('The partnership has not named its signatories yet.')]
      : [signatureTable(signatures)];
  const assured =
    assurance.length === 0
      ? []
      : [
          heading(2, 'Assurance by each lead agency'),
          textParagraph(
            "Each agency's quality assurance lead approved that agency's actions; the reference is of those actions.",
          ),
          signatureTable(assurance),
        ];
  return [
    outline.heading(1, 'Signatures', { pageBreakBefore: true }),
    ...(cover.status === 'Approved'
      ? [textParagraph(`${EVERY_SIGNATURE_COMPLETE}: this is the approved written statement of action.`)]
      : []),
    textParagraph(
      `By signing, each person below approves this written statement of action on behalf of the ${cover.partnership}. ` +
        `The content reference is that of the version they approved; this version's is ${cover.contentReference}.`,
    ),
    ...signed,
    ...assured,
  ];
}

const CONTACT_HEADERS = ['Name', 'Job title', 'Email', 'Responsibility'];
const CONTACT_WIDTHS = widths([19, 27, 36, 18]);

export function contactBlocks(model: StatementModel, outline: Outline): Block[] {
  const groups = model.contacts.flatMap((group) => [
    heading(2, group.title),
    dataTable(
      CONTACT_HEADERS,
      group.contacts.map((c) => [c.name, c.jobTitle || 'Not recorded', c.email || 'Not recorded', c.responsibility]),
      CONTACT_WIDTHS,
    ),
  ]);
  return [
    outline.heading(1, 'Appendix: named contacts', { pageBreakBefore: true }),
    textParagraph(
      model.contacts.length === 0
        ? 'No contacts have been named yet.'
        : 'The people to contact about the statement and its actions, agency by agency.',
    ),
    ...groups,
  ];
}
