import { Link, TableCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { agencyLabel } from '../../domain/agency';
import { formatShortDate } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { DataTable } from '../common/data-table';
import { useStore } from '../common/use-store';
import { StatusBadge } from '../actions/status-badge';
import { formatRoute } from '../routing/route';

const useStyles = makeStyles({
  actionColumn: { width: '45%' },
});

const MARK_TEXT = {
  saving: 'Saving…',
  pending: 'Not saved yet: will retry',
  clash: 'Not saved: someone else changed the same fields. Open it to choose what to keep.',
} as const;

export function ActionsTable({
  actions,
  snapshot,
  caption,
}: {
  actions: readonly Action[];
  snapshot: PlanSnapshot;
  caption: string;
}) {
  const styles = useStyles();
  const { planView } = useServices();
  const marks = useStore(planView, (s) => s.marks);
  const officer = (id: Action['leadOfficer']) =>
    snapshot.members.find((m) => m.id === id)?.displayName ?? 'Not assigned';
  return (
    <DataTable
      label={caption}
      size="small"
      columns={['Action', 'Lead agency', 'Lead officer', 'Target date', 'Status']}
      headingClassNames={{ Action: styles.actionColumn }}
    >
      {actions.map((action) => {
        const mark = marks[action.id];
        return (
          <TableRow key={action.id}>
            <TableCell>
              <Link href={formatRoute({ name: 'plan', planId: action.planId, actionId: action.id })}>
                {action.title}
              </Link>
              {mark && (
                <Text size={200} block>
                  {MARK_TEXT[mark]}
                </Text>
              )}
            </TableCell>
            <TableCell>{agencyLabel(snapshot.plan.agencies, action.leadAgency)}</TableCell>
            <TableCell>{officer(action.leadOfficer)}</TableCell>
            <TableCell>{action.targetDate ? formatShortDate(action.targetDate) : 'Not set'}</TableCell>
            <TableCell>
              <StatusBadge status={action.status} />
            </TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
