import { Paragraph, TextRun, type Table } from 'docx';
import { formatShortDate } from '../domain/dates';
import { LANDSCAPE_TEXT_WIDTH } from './docx-page';
import type { Outline } from './docx-outline';
import { dataTable, type Cell } from './docx-table';
import { textParagraph, textRuns } from './docx-text';
import type { StatementArea, StatementModel } from './statement-model.types';
import type { ActionRow } from './submission-model.types';

type Block = Paragraph | Table;

const ACTION_HEADERS = [
  'No.',
  'Action',
  'Lead agency and lead officer',
  'Contributing agencies',
  'Milestones and timescale',
  'Success measure and how it is measured',
];
const ACTION_WIDTHS = [8, 27, 17, 13, 16, 19].map((pct) => Math.floor((pct * LANDSCAPE_TEXT_WIDTH) / 100));

export const NO_ACTION_YET = 'No action has been agreed for this area yet.';

/**
 * The areas for priority action, then the areas for improvement, each under its short title with
 * the letter's words and the actions the partnership commits to.
 */
export function areaBlocks(model: StatementModel, outline: Outline): Block[] {
  const groups: [string, readonly StatementArea[]][] = [
    ['Areas for priority action', model.priorityAreas],
    ['Areas for improvement', model.improvementAreas],
  ];
  const areas = groups
    .filter(([, list]) => list.length > 0)
    .flatMap(([title, list]) => [outline.heading(1, title), ...list.flatMap((a) => oneArea(a, outline))]);
  const none =
    areas.length === 0
      ? [
          outline.heading(1, 'Areas for improvement'),
          textParagraph('The letter identified no areas for priority action or improvement.'),
        ]
      : [];
  return [...areas, ...none, ...otherActionBlocks(model, outline)];
}

function oneArea(area: StatementArea, outline: Outline): Block[] {
  const { finding } = area;
  const where = finding.heading ? [keptWithNext(`From the letter's section "${finding.heading}":`)] : [];
  return [
    outline.heading(2, area.heading),
    label('What the inspectors found'),
    ...where,
    quote(finding.text),
    ...finding.subItems.map(
      (item) =>
        new Paragraph({ bullet: { level: 1 }, keepNext: true, spacing: { after: 60 }, children: textRuns(item) }),
    ),
    label('What the partnership will do'),
    area.actions.length === 0 ? textParagraph(NO_ACTION_YET) : actionTable(area.actions, area.code),
  ];
}

function label(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 60 },
    children: [new TextRun({ text, bold: true })],
  });
}

function keptWithNext(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: textRuns(text, { italics: true }) });
}

/** The letter's words, set off from the partnership's own by an indent and a rule down the side. */
function quote(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    indent: { left: 360 },
    spacing: { after: 120 },
    border: { left: { style: 'single', size: 12, color: '8EA9DB', space: 8 } },
    children: textRuns(text),
  });
}

function otherActionBlocks(model: StatementModel, outline: Outline): Block[] {
  if (model.otherActions.length === 0) return [];
  return [
    outline.heading(1, 'Other actions', { pageBreakBefore: true }),
    textParagraph('These actions are not linked to an area for priority action or improvement in the letter.'),
    actionTable(model.otherActions, 'OA'),
  ];
}

export function actionTable(actions: readonly ActionRow[], code: string): Table {
  return dataTable(
    ACTION_HEADERS,
    actions.map((a, i) => actionCells(a, `${code}.${i + 1}`)),
    ACTION_WIDTHS,
  );
}

function timescaleLines(action: ActionRow): string[] {
  const start = action.startDate ? [`Start: ${formatShortDate(action.startDate)}`] : [];
  const target = action.targetDate ? [`Target: ${formatShortDate(action.targetDate)}`] : [];
  const both = [...start, ...target];
  return both.length > 0 ? both : ['Timescale to be agreed'];
}

function actionCells(action: ActionRow, number: string): Cell[] {
  const officer = action.leadOfficer
    ? [action.leadOfficer, action.jobTitles.leadOfficer].filter((s): s is string => !!s).join(', ')
    : 'Lead officer to be named';
  const sponsor = action.sponsoringDirector.trim() ? [`Sponsor: ${action.sponsoringDirector.trim()}`] : [];
  const milestones = action.milestones.map((m) => `Milestone: ${m.title}, by ${formatShortDate(m.due)}`);
  const measuredBy = action.measuredBy.trim() ? [`Measured by: ${action.measuredBy.trim()}`] : [];
  return [
    number,
    action.title,
    { lines: [action.leadAgency, officer, ...sponsor] },
    action.contributingAgencies.length > 0 ? { lines: action.contributingAgencies } : 'None',
    { lines: [...timescaleLines(action), ...milestones] },
    { lines: [action.successMeasure.trim() || 'To be agreed', ...measuredBy] },
  ];
}
