import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { ACTION_STATUS_META, type ActionStatus } from '../domain/action';
import { LANDSCAPE_TEXT_WIDTH, pageProperties } from './docx-page';
import { RAG_FILL } from './docx-rag-fill';
import { documentStyles } from './docx-styles';
import { dataTable, type Cell } from './docx-table';
import { heading, labelledParagraph, textParagraph } from './docx-text';
import type { ProgressReportModel } from './progress-report-model';
import { xmlSafeText } from './xml-safe-text';

type Block = Paragraph | Table;

const widths = (percents: readonly number[]) => percents.map((p) => Math.floor((p * LANDSCAPE_TEXT_WIDTH) / 100));

const statusCell = (status: ActionStatus): Cell => {
  const meta = ACTION_STATUS_META[status];
  return { lines: [`${meta.label} (${meta.ragLabel})`], fill: RAG_FILL[meta.rag] };
};

/** A section with nothing to list still says so, so a reader knows it was not left out. */
const tableOr = (empty: string, rows: readonly unknown[], table: () => Table): Block =>
  rows.length > 0 ? table() : textParagraph(empty);

/**
 * The partnership board's progress report: one landscape section, real headings, and tables with
 * header rows repeated on each page. Like the submission, it needs neither Blob nor Buffer.
 */
export async function buildProgressReportDocx(model: ProgressReportModel): Promise<Uint8Array> {
  const document = new Document({
    title: xmlSafeText(model.title),
    subject: `Progress from ${model.periodText}`,
    creator: xmlSafeText(`${model.area} safeguarding partnership`),
    description: 'Progress report on the written statement of action',
    styles: documentStyles(),
    sections: [
      {
        properties: pageProperties('landscape'),
        footers: { default: new Footer({ children: [pageFooter()] }) },
        children: [
          ...openingBlocks(model),
          ...changeBlocks(model),
          ...overdueBlocks(model),
          ...evidenceBlocks(model),
          ...completedBlocks(model),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function pageFooter(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
  });
}

function openingBlocks(model: ProgressReportModel): Block[] {
  const headers = [
    'Lead agency',
    ...model.statuses.map((s) => `${s.label} (${ACTION_STATUS_META[s.status].ragLabel})`),
    'Total',
  ];
  const share = 75 / (headers.length - 1);
  return [
    heading(1, model.title),
    labelledParagraph('Inspection', model.inspection),
    labelledParagraph('Period', model.periodText),
    labelledParagraph('Prepared on', model.preparedOn),
    heading(2, 'Summary'),
    dataTable(['Measure', 'Value'], model.summary, widths([50, 50])),
    heading(3, 'Actions by lead agency and status'),
    tableOr('There are no actions in the plan yet.', model.byAgency, () =>
      dataTable(
        headers,
        model.byAgency.map((row) => [
          row.agency,
          ...model.statuses.map((s) => String(row.counts[s.status])),
          String(row.total),
        ]),
        widths([25, ...headers.slice(1).map(() => share)]),
      ),
    ),
  ];
}

/** A table of the report under its own heading: its rows, or a sentence saying there are none. */
interface TableSection<R> {
  readonly title: string;
  readonly empty: string;
  readonly rows: readonly R[];
  readonly columns: readonly string[];
  readonly cells: (row: R) => readonly Cell[];
  /** Each column's share of the page width, in per cent. */
  readonly percents: readonly number[];
}

function tableSection<R>(section: TableSection<R>): Block[] {
  const { rows } = section;
  return [
    heading(2, section.title),
    tableOr(section.empty, rows, () => dataTable(section.columns, rows.map(section.cells), widths(section.percents))),
  ];
}

function changeBlocks(model: ProgressReportModel): Block[] {
  return tableSection({
    title: 'Status changes in the period',
    empty: 'No action changed status in the period.',
    rows: model.statusChanges,
    columns: ['Date', 'Action', 'Lead agency', 'From', 'To', 'Reason given', 'Recorded by'],
    cells: (c) => [c.date, c.action, c.agency, statusCell(c.from), statusCell(c.to), c.reason, c.by],
    percents: [10, 25, 11, 11, 11, 22, 10],
  });
}

function overdueBlocks(model: ProgressReportModel): Block[] {
  return tableSection({
    title: 'Overdue actions',
    empty: 'No action is overdue.',
    rows: model.overdue,
    columns: ['Action', 'Lead agency', 'Owner', 'Target date', 'Overdue by', 'Status', 'Owner’s latest explanation'],
    cells: (o) => [
      o.action,
      o.agency,
      o.owner,
      o.target,
      o.overdue,
      statusCell(o.status),
      { lines: o.explanation.split('\n') },
    ],
    percents: [24, 10, 11, 10, 9, 10, 26],
  });
}

function evidenceBlocks(model: ProgressReportModel): Block[] {
  return tableSection({
    title: 'Progress and evidence added in the period',
    empty: 'No progress was reported in the period.',
    rows: model.evidence,
    columns: ['Action', 'Lead agency', 'Progress reported', 'Evidence'],
    cells: (e) => [e.action, e.agency, { lines: e.updates }, { lines: e.evidence }],
    percents: [28, 12, 35, 25],
  });
}

function completedBlocks(model: ProgressReportModel): Block[] {
  return tableSection({
    title: 'Actions completed in the period',
    empty: 'No action was completed in the period.',
    rows: model.completed,
    columns: ['Action', 'Lead agency', 'Owner', 'Completed on'],
    cells: (c) => [c.action, c.agency, c.owner, c.completedOn],
    percents: [50, 15, 20, 15],
  });
}
