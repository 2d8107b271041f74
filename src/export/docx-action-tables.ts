import type { Paragraph, Table } from 'docx';
import { RAG_FILL } from './docx-rag-fill';
import { LANDSCAPE_TEXT_WIDTH } from './docx-page';
import { dataTable, type Cell } from './docx-table';
import { bulletParagraph, heading, textParagraph } from './docx-text';
import type { ActionRow, FindingItem, FindingSection, SubmissionModel } from './submission-model.types';

type Block = Paragraph | Table;

const ACTION_HEADERS = ['Action', 'Lead agency and officer', 'Timescale', 'Success measure', 'Status'];
const ACTION_WIDTHS = [30, 18, 13, 24, 15].map((pct) => Math.floor((pct * LANDSCAPE_TEXT_WIDTH) / 100));

export function summaryBlocks(model: SubmissionModel): Block[] {
  const { summary } = model;
  const headers = ['Lead agency', ...summary.statuses.map((s) => `${s.label} (${s.ragLabel})`), 'Total'];
  const rows = [...summary.rows, summary.totals].map((row) => [
    row.agency,
    ...summary.statuses.map((s) => String(row.counts[s.status])),
    String(row.total),
  ]);
  const first = 25;
  const rest = (100 - first) / (headers.length - 1);
  const widths = [first, ...headers.slice(1).map(() => rest)].map((pct) =>
    Math.floor((pct * LANDSCAPE_TEXT_WIDTH) / 100),
  );
  return [
    heading(1, 'Summary of actions'),
    textParagraph('Actions counted by lead agency and status.'),
    dataTable(headers, rows, widths),
  ];
}

/** Priority actions, then areas for improvement, each group under its own heading, in the letter's order. */
export function findingSectionBlocks(model: SubmissionModel): Block[] {
  const groups: [string, FindingSection[]][] = [
    ['Areas for priority action', model.sections.filter((s) => s.finding.type === 'priority-action')],
    ['Areas for improvement', model.sections.filter((s) => s.finding.type === 'improvement')],
  ];
  return groups
    .filter(([, sections]) => sections.length > 0)
    .flatMap(([title, sections]) => [heading(1, title), ...sections.flatMap(sectionBlocks)]);
}

function sectionBlocks(section: FindingSection): Block[] {
  const { finding, actions } = section;
  return [
    heading(2, finding.text),
    textParagraph(findingCaption(finding), { italics: true }),
    ...finding.subItems.map((item) => bulletParagraph(item)),
    actions.length === 0
      ? textParagraph('No actions have been recorded against this finding yet.')
      : actionTable(actions),
  ];
}

function findingCaption(finding: FindingItem): string {
  return finding.heading ? `${finding.reference}, under "${finding.heading}" in the letter` : finding.reference;
}

export function actionTable(actions: readonly ActionRow[]): Table {
  return dataTable(ACTION_HEADERS, actions.map(actionCells), ACTION_WIDTHS);
}

function actionCells(action: ActionRow): Cell[] {
  const officer = action.leadOfficer
    ? [action.leadOfficer, action.leadOfficerJobTitle].filter((s): s is string => !!s).join(', ')
    : 'Lead officer not yet named';
  const contributing =
    action.contributingAgencies.length > 0 ? [`With: ${action.contributingAgencies.join(', ')}`] : [];
  const reason = action.statusReason.trim() === '' ? [] : [`Reason: ${action.statusReason}`];
  return [
    action.title,
    { lines: [action.leadAgency, officer, ...contributing] },
    action.timescale,
    action.successMeasure.trim() === '' ? 'Not yet set' : action.successMeasure,
    { lines: [action.statusText, ...reason], fill: RAG_FILL[action.rag] },
  ];
}

export function strengthBlocks(model: SubmissionModel): Block[] {
  if (model.strengths.length === 0) return [];
  return [
    heading(1, 'Strengths'),
    textParagraph('The strengths the letter recognised, in its order. They carry no actions.'),
    ...model.strengths.flatMap((s) => [bulletParagraph(s.text), ...s.subItems.map((item) => bulletParagraph(item, 1))]),
  ];
}

/** Actions whose finding is missing or is a strength, shown rather than silently left out. */
export function unlinkedBlocks(model: SubmissionModel): Block[] {
  if (model.unlinkedActions.length === 0) return [];
  return [
    heading(1, 'Other actions'),
    textParagraph('These actions are not linked to an area for priority action or improvement in the letter.'),
    actionTable(model.unlinkedActions),
  ];
}
