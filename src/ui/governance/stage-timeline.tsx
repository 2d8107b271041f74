import { TableCell, TableRow, Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { deadlineStatus } from '../../domain/deadline-status';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { stageTimeline, type StageTimelineRow, type TimelineState } from '../../domain/workflow/stage-timeline';
import { DueDateForm } from './due-date-form';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { DataTable } from '../common/data-table';

const STATE_LABEL: Record<TimelineState, string> = {
  done: 'Done',
  current: 'Current stage',
  upcoming: 'To come',
  skipped: 'Skipped',
};

function daysLeft(row: StageTimelineRow): string {
  const n = row.workingDaysLeft;
  if (n === null || row.state === 'done' || row.state === 'skipped') return '—';
  if (n === 0) return 'Due today';
  const days = `${Math.abs(n)} working day${Math.abs(n) === 1 ? '' : 's'}`;
  return n > 0 ? `${days} left` : `${days} overdue`;
}

/** The chain as a timeline: each stage's due date counted back from the deadline, and which are late. */
export function StageTimeline({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const deadline = deadlineStatus(view.snapshot.plan, view.today);
  const g = view.governance;
  const rows = deadline
    ? stageTimeline(g, deadline.deadline, view.today).map((row) => ({ ...row, label: stageDisplayLabel(g, row.stage) }))
    : null;
  const overdue = rows?.filter((r) => r.overdue).length ?? 0;
  return (
    <section className={styles.section} aria-labelledby="timeline-heading">
      <Text as="h3" id="timeline-heading" size={400} weight="semibold">
        Stage timeline
      </Text>
      {deadline ? (
        <Text>
          Counted back from the submission deadline, {formatLongDate(deadline.deadline)}.{' '}
          {overdue > 0 ? `${overdue} stage${overdue === 1 ? ' is' : 's are'} overdue.` : 'No stage is overdue.'}
        </Text>
      ) : (
        <Text>The plan has no letter date, so no stage dates can be suggested.</Text>
      )}
      <DataTable label="Stage timeline" size="small" columns={['Stage', 'Status', 'Due by', 'Working days']}>
        {rows
          ? rows.map((row) => <TimelineRow key={row.stage} row={row} />)
          : g.chain.map((s) => <UndatedRow key={s.key} label={stageDisplayLabel(g, s.key)} />)}
      </DataTable>
      {view.admin && rows && <DueDateForm rows={rows} />}
    </section>
  );
}

const UndatedRow = ({ label }: { label: string }) => (
  <TableRow>
    <TableCell>{label}</TableCell>
    <TableCell>—</TableCell>
    <TableCell>—</TableCell>
    <TableCell>—</TableCell>
  </TableRow>
);

function TimelineRow({ row }: { row: StageTimelineRow }) {
  const styles = useGovernanceStyles();
  return (
    <TableRow aria-current={row.state === 'current' ? 'step' : undefined}>
      <TableCell className={row.state === 'current' ? styles.current : undefined}>{row.label}</TableCell>
      <TableCell>
        {STATE_LABEL[row.state]}
        {row.overdue && <span className={styles.overdue}> (overdue)</span>}
      </TableCell>
      <TableCell>
        {row.due ? `${formatLongDate(row.due)}${row.overridden ? ' (set by a plan admin)' : ' (suggested)'}` : '—'}
      </TableCell>
      <TableCell className={row.overdue ? styles.overdue : undefined}>{daysLeft(row)}</TableCell>
    </TableRow>
  );
}
