import type { PlanSnapshot } from '../domain/plan-snapshot';
import { submissionFileName } from './submission-file-name';
import { buildSubmissionModel } from './submission-model';
import type { SubmissionOptions } from './submission-model.types';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SubmissionFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}

export interface SubmissionFiles {
  readonly docx: SubmissionFile;
  readonly xlsx: SubmissionFile;
}

export interface SubmissionFilesOptions extends SubmissionOptions {
  readonly perAgencySheets?: boolean;
}

export type ExportProgress = (step: string, fraction: number) => void;

/**
 * The entry the UI loads with `import()`. The Word and Excel builders are imported lazily again
 * here, so docx and exceljs each land in a chunk of their own and download side by side.
 */
export async function buildSubmissionFiles(
  snapshot: PlanSnapshot,
  options: SubmissionFilesOptions,
  onProgress: ExportProgress = () => {},
): Promise<SubmissionFiles> {
  onProgress('Preparing the statement', 0);
  const model = buildSubmissionModel(snapshot, options);
  const [{ buildSubmissionDocx }, { buildSubmissionXlsx }] = await Promise.all([
    import('./submission-docx'),
    import('./submission-xlsx'),
  ]);
  onProgress('Writing the Word document', 0.1);
  const docx = await buildSubmissionDocx(model);
  onProgress('Writing the Excel workbook', 0.6);
  const xlsx = await buildSubmissionXlsx(model, { perAgencySheets: options.perAgencySheets ?? false });
  onProgress('Done', 1);
  return {
    docx: { name: submissionFileName(model, options.today, 'docx'), bytes: docx, mime: DOCX_MIME },
    xlsx: { name: submissionFileName(model, options.today, 'xlsx'), bytes: xlsx, mime: XLSX_MIME },
  };
}
