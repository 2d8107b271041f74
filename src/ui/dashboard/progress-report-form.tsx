import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import {
  defaultPeriod,
  parsePeriod,
  PERIOD_ERROR_MESSAGE,
  type Period,
  type PeriodError,
} from '../../domain/monitoring/period';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { DownloadResult } from '../common/download-result';
import { useFileDownload } from '../common/use-file-download';
import { useDashboardStyles } from './dashboard.styles';
import { DashboardSection } from './dashboard-section';
import { KeptReportLine, type KeptReport } from './kept-report';
import { isPlanAdmin } from '../../domain/permissions';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';

/**
 * Builds the report for a period and downloads it; keeps the file downloaded, and what went wrong.
 * A plan admin's report is also kept in the plan's folder, where the board (the plan's readers) can
 * open it from SharePoint or Teams on any device.
 */
function useReportDownload(snapshot: PlanSnapshot, today: IsoDate) {
  const { planView, submissionLibrary } = useServices();
  const admin = isPlanAdmin(useStore(planView, (s) => s.me));
  const [kept, setKept] = useState<KeptReport | null>(null);
  const download = useFileDownload(async (period: Period) => {
    const { buildProgressReportFile } = await import(/* webpackChunkName: "export" */ '../../export/progress-report');
    const file = await buildProgressReportFile(snapshot, period, today);
    setKept(admin ? { status: 'keeping' } : null);
    if (admin) void submissionLibrary.keep(snapshot.plan.id, file).then(setKept);
    return file;
  }, 'The report');
  return { ...download, kept };
}

/** The board's Word report for a period typed as British dates, built in the browser on demand. */
export function ProgressReportForm({ snapshot, today }: { snapshot: PlanSnapshot; today: IsoDate }) {
  const styles = useDashboardStyles();
  const initial = defaultPeriod(today);
  const [from, setFrom] = useState(formatShortDate(initial.from));
  const [to, setTo] = useState(formatShortDate(initial.to));
  const [error, setError] = useState<PeriodError | null>(null);
  const { busy, problem, built, run, kept } = useReportDownload(snapshot, today);

  const build = () => {
    const period = parsePeriod(from, to, today);
    setError(period.ok ? null : period.error);
    if (period.ok) void run(period.value);
  };

  const fieldError = (field: 'from' | 'to') => {
    if (!error) return undefined;
    const mine = field === 'from' ? error !== 'PERIOD.TO_INVALID' : error === 'PERIOD.TO_INVALID';
    return mine ? PERIOD_ERROR_MESSAGE[error] : undefined;
  };

  return (
    <DashboardSection
      title="Progress report for the partnership board"
      description="A Word document for the chosen period: a summary, status changes with their reasons, overdue actions with the owner’s latest explanation, progress and evidence added, and actions completed. A plan admin’s report is also kept in the plan’s documents, for the board to open."
    >
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          build();
        }}
      >
        <Field label="From (dd/mm/yyyy)" validationMessage={fieldError('from')}>
          <Input value={from} onChange={(_e, d) => setFrom(d.value)} />
        </Field>
        <Field label="To (dd/mm/yyyy)" validationMessage={fieldError('to')}>
          <Input value={to} onChange={(_e, d) => setTo(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy}>
          Download progress report
        </Button>
        {busy && <Spinner size="tiny" label="Building the report…" />}
      </form>
      <DownloadResult built={built} problem={problem}>
        <KeptReportLine kept={kept} />
      </DownloadResult>
    </DashboardSection>
  );
}
