import { Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import type { MonitoringSummary } from '../../domain/monitoring/monitoring-summary';
import { useDashboardStyles } from './dashboard.styles';

/** The headline numbers, as a description list so each figure is read with its label. */
export function SummaryCards({ summary }: { summary: MonitoringSummary }) {
  const styles = useDashboardStyles();
  const deadline = summary.deadline;
  const cards: [string, string, string?][] = [
    ['Actions', String(summary.total)],
    ['Complete', `${summary.percentComplete}%`, `${summary.counts.complete} of ${summary.total}`],
    ['Overdue', String(summary.overdue)],
    ['Due in the next 30 days', String(summary.dueSoon)],
    deadline
      ? [
          deadline.workingDaysLeft >= 0
            ? 'Working days to the submission deadline'
            : 'Working days since the submission deadline',
          String(Math.abs(deadline.workingDaysLeft)),
          formatLongDate(deadline.deadline),
        ]
      : ['Submission deadline', 'Not set', 'The letter date is not known'],
  ];
  return (
    <dl className={styles.cards}>
      {cards.map(([label, value, note]) => (
        <div key={label} className={styles.card}>
          <dt>
            <Text>{label}</Text>
            {note && (
              <Text block size={200}>
                {note}
              </Text>
            )}
          </dt>
          <dd className={styles.cardValue}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
