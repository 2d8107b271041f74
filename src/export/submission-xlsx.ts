import ExcelJS from 'exceljs';
import { DRAFT_BANNER } from './draft-banner';
import type { SubmissionModel } from './submission-model.types';
import { ACTION_COLUMNS, addActionsSheet } from './xlsx-actions-sheet';
import type { CellValue } from './xlsx-cells';
import { addFindingsSheet } from './xlsx-findings-sheet';
import { uniqueSheetNames } from './xlsx-sheet-names';
import { rowValues } from './xlsx-table';
import { xmlSafeText } from './xml-safe-text';

export interface SubmissionXlsxOptions {
  /** Add one sheet per lead agency with only its actions, for partners to work from. */
  readonly perAgencySheets?: boolean;
}

const FIXED_SHEETS = ['Findings', 'Actions'];

/** The plan as a workbook: a Findings sheet, an Actions sheet, and optionally one sheet per agency. */
export async function buildSubmissionXlsx(
  model: SubmissionModel,
  options: SubmissionXlsxOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = xmlSafeText(`${model.cover.area} safeguarding partnership`);
  workbook.title = xmlSafeText(model.cover.title);
  workbook.subject = model.final ? 'Approved written statement of action' : DRAFT_BANNER;
  workbook.created = new Date(model.generatedAt);
  workbook.modified = new Date(model.generatedAt);
  addFindingsSheet(workbook, model.findings);
  const rows = rowValues(ACTION_COLUMNS, model.actions);
  addActionsSheet(workbook, 'Actions', rows);
  if (options.perAgencySheets) addAgencySheets(workbook, model, rows);
  if (!model.final) markPrintedPagesDraft(workbook);
  // Level 1 deflate: several times faster than the default 6, for a file a little larger.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return new Uint8Array(buffer);
}

/** Agencies that lead at least one action, in the plan's order (then any the plan does not list). */
function addAgencySheets(
  workbook: ExcelJS.Workbook,
  model: SubmissionModel,
  rows: readonly (readonly CellValue[])[],
): void {
  const leads = [...new Set(model.actions.map((a) => a.leadAgencyKey))];
  const order = (key: string) => {
    const i = model.agencies.findIndex((a) => a.key === key);
    return i < 0 ? model.agencies.length : i;
  };
  const keys = leads.sort((a, b) => order(a) - order(b));
  const shortName = (key: string) => model.agencies.find((a) => a.key === key)?.shortName ?? key;
  const names = uniqueSheetNames(keys.map(shortName), FIXED_SHEETS);
  keys.forEach((key, i) => {
    const own = rows.filter((_, r) => model.actions[r]?.leadAgencyKey === key);
    addActionsSheet(workbook, names[i] ?? key, own);
  });
}

/** A printed page of a draft says so, as the Word document's header does. */
function markPrintedPagesDraft(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.headerFooter = { oddHeader: `&C&"Arial,Bold"&14${DRAFT_BANNER}` };
  });
}
