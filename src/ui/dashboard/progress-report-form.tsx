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

/** Builds the report for a period and downloads it; keeps the file downloaded, and what went wrong. */
function useReportDownload(snapshot: PlanSnapshot, today: IsoDate) {
  return useFileDownload(async (period: Period) => {
    const { buildProgressReportFile } = await import(/* webpackChunkName: "export" */ '../../export/progress-report');
    return buildProgressReportFile(snapshot, period, today);
  }, 'The report');
}

/** The board's Word report for a period typed as British dates, built in the browser on demand. */
export function ProgressReportForm({ snapshot, today }: { snapshot: PlanSnapshot; today: IsoDate }) {
  const styles = useDashboardStyles();
  const initial = defaultPeriod(today);
  const [from, setFrom] = useState(formatShortDate(initial.from));
  const [to, setTo] = useState(formatShortDate(initial.to));
  const [error, setError] = useState<PeriodError | null>(null);
  const { busy, problem, built, run } = useReportDownload(snapshot, today);

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
      description="A Word document for the chosen period: a summary, status changes with their reasons, overdue actions with the owner’s latest explanation, progress and evidence added, and actions completed."
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
      <DownloadResult built={built} problem={problem} />
    </DashboardSection>
  );
}
