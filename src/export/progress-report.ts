import type { IsoDate } from '../domain/dates';
import type { Period } from '../domain/monitoring/period';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { buildProgressReportModel } from './progress-report-model';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ProgressReportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}

/**
 * The entry the dashboard loads with `import()`; the Word builder (and docx) is imported lazily
 * again so it shares the chunk the submission already uses.
 */
export async function buildProgressReportFile(
  snapshot: PlanSnapshot,
  period: Period,
  today: IsoDate,
): Promise<ProgressReportFile> {
  const model = buildProgressReportModel(snapshot, period, today);
  const { buildProgressReportDocx } = await import('./progress-report-docx');
  return {
    name: progressReportFileName(snapshot.plan.area, period),
    bytes: await buildProgressReportDocx(model),
    mime: DOCX_MIME,
  };
}

/** `Haringey progress report 2018-02-01 to 2018-03-01.docx`: safe on Windows, SharePoint and email. */
export function progressReportFileName(area: string, period: Period): string {
  const stem = area
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} .,'()&_-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/[ .]+$/, '');
  return `${stem === '' ? 'Action plan' : stem} progress report ${period.from} to ${period.to}.docx`;
}
