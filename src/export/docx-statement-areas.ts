import { Paragraph, TextRun, type Table } from 'docx';
import { LANDSCAPE_TEXT_WIDTH } from './docx-page';
import type { Outline } from './docx-outline';
import { dataTable, type Cell } from './docx-table';
import { textParagraph, textRuns } from './docx-text';
import type { StatementArea, StatementModel } from './statement-model.types';
import { areaGroups, OTHER_ACTIONS_CODE, STATEMENT_WORDS } from './statement-model';
import { statementActionColumns, type StatementActionColumn } from './statement-action-columns';
import type { ActionRow } from './submission-model.types';

type Block = Paragraph | Table;

/** The table's own first column: each action's number within its area (`AFI3.2`). */
const NUMBER_COLUMN = { header: 'No.', share: 8 };
const STATEMENT_COLUMNS = statementActionColumns();

/**
 * The areas for priority action, then the areas for improvement, each under its short title with
 * the letter's words and the actions the partnership commits to.
 */
export function areaBlocks(model: StatementModel, outline: Outline): Block[] {
  const areas = areaGroups(model).flatMap(({ title, areas: list }) => [
    outline.heading(1, title),
    ...list.flatMap((a) => oneArea(a, outline)),
  ]);
  const none =
    areas.length === 0
      ? [outline.heading(1, STATEMENT_WORDS.noAreasTitle), textParagraph(STATEMENT_WORDS.noAreas)]
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
    area.actions.length === 0 ? textParagraph(STATEMENT_WORDS.noActionYet) : actionTable(area.actions, area.code),
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
    outline.heading(1, STATEMENT_WORDS.otherActions, { pageBreakBefore: true }),
    textParagraph(STATEMENT_WORDS.otherActionsNote),
    actionTable(model.otherActions, OTHER_ACTIONS_CODE),
  ];
}

/** The actions as a table: a numbered row each, in the columns `ACTION_FIELDS` places in the statement. */
export function actionTable(
  actions: readonly ActionRow[],
  code: string,
  columns: readonly StatementActionColumn[] = STATEMENT_COLUMNS,
): Table {
  const shares = [NUMBER_COLUMN.share, ...columns.map((c) => c.share)];
  const total = shares.reduce((sum, share) => sum + share, 0);
  return dataTable(
    [NUMBER_COLUMN.header, ...columns.map((c) => c.header)],
    actions.map((a, i): Cell[] => [`${code}.${i + 1}`, ...columns.map((c) => ({ lines: c.lines(a) }))]),
    shares.map((share) => Math.floor((share * LANDSCAPE_TEXT_WIDTH) / total)),
  );
}
