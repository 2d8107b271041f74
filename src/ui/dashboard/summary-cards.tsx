import { Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import type { MonitoringSummary } from '../../domain/monitoring/monitoring-summary';
import type { NextGovernanceDate } from '../../domain/monitoring/next-governance-date';
import { useDashboardStyles } from './dashboard.styles';

/** The headline numbers, as a description list so each figure is read with its label. */
export function SummaryCards({
  summary,
  nextGovernance,
}: {
  summary: MonitoringSummary;
  /** The next sign-off stage's due date; null when there is none to count to. */
  nextGovernance: NextGovernanceDate | null;
}) {
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
    governanceCard(nextGovernance, deadline !== null),
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

/** Working days to (or since) the due date of the sign-off stage the partnership must finish next. */
function governanceCard(next: NextGovernanceDate | null, datesKnown: boolean): [string, string, string] {
  if (!next) {
    return [
      'Next governance date',
      'None',
      datesKnown ? 'No sign-off stage is waiting for a date' : 'The letter date is not known',
    ];
  }
  return [
    next.workingDaysLeft >= 0
      ? 'Working days to the next governance date'
      : 'Working days since the governance date passed',
    String(Math.abs(next.workingDaysLeft)),
    `${next.label}, due ${formatLongDate(next.due)}`,
  ];
}
