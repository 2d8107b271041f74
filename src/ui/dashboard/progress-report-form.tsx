import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import { defaultPeriod, parsePeriod, PERIOD_ERROR_MESSAGE, type PeriodError } from '../../domain/monitoring/period';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useDashboardStyles } from './dashboard.styles';

interface Built {
  readonly name: string;
  readonly url: string;
}

/** The board's Word report for a period typed as British dates, built in the browser on demand. */
export function ProgressReportForm({ snapshot, today }: { snapshot: PlanSnapshot; today: IsoDate }) {
  const styles = useDashboardStyles();
  const headingId = useId();
  const initial = defaultPeriod(today);
  const [from, setFrom] = useState(formatShortDate(initial.from));
  const [to, setTo] = useState(formatShortDate(initial.to));
  const [error, setError] = useState<PeriodError | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => () => (built ? URL.revokeObjectURL(built.url) : undefined), [built]);

  const build = async () => {
    const period = parsePeriod(from, to, today);
    setError(period.ok ? null : period.error);
    if (!period.ok) return;
    setProblem(null);
    setBusy(true);
    try {
      const { buildProgressReportFile } = await import(/* webpackChunkName: "export" */ '../../export/progress-report');
      const file = await buildProgressReportFile(snapshot, period.value, today);
      const made = {
        name: file.name,
        url: URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime })),
      };
      setBuilt(made);
      const a = document.createElement('a');
      a.href = made.url;
      a.download = made.name;
      a.click();
    } catch (failure) {
      setProblem(
        `The report could not be built: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`,
      );
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: 'from' | 'to') => {
    if (!error) return undefined;
    const mine = field === 'from' ? error !== 'PERIOD.TO_INVALID' : error === 'PERIOD.TO_INVALID';
    return mine ? PERIOD_ERROR_MESSAGE[error] : undefined;
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        Progress report for the partnership board
      </Text>
      <Text>
        A Word document for the chosen period: a summary, status changes with their reasons, overdue actions with the
        owner’s latest explanation, progress and evidence added, and actions completed.
      </Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void build();
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
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {built && (
        <Text role="status">
          Downloaded:{' '}
          <a href={built.url} download={built.name}>
            {built.name}
          </a>
        </Text>
      )}
    </section>
  );
}
