import { TableCell, TableRow } from '@fluentui/react-components';
import type { SlotStatus } from '../../domain/workflow/sign-off-status';
import { useGovernanceStyles } from './governance.styles';
import { SLOT_LABEL, whenText } from './governance-view';
import { DataTable } from '../common/data-table';

export interface SlotRow {
  readonly key: string;
  /** Who the slot is for: an agency, a partner, an executive role. */
  readonly label: string;
  readonly status: SlotStatus;
}

/** Where each signer stands on the plan as it is now, with their latest decision. */
export function SlotTable({
  caption,
  rows,
  whoHeader,
}: {
  caption: string;
  rows: readonly SlotRow[];
  whoHeader: string;
}) {
  const styles = useGovernanceStyles();
  return (
    <DataTable label={caption} size="small" columns={[whoHeader, 'Status', 'Latest decision by', 'When', 'Comment']}>
      {rows.map(({ key, label, status }) => (
        <TableRow key={key}>
          <TableCell>{label}</TableCell>
          <TableCell className={status.state === 'approved' ? styles.current : undefined}>
            {SLOT_LABEL[status.state]}
          </TableCell>
          <TableCell>{status.latest?.name ?? '—'}</TableCell>
          <TableCell>{status.latest ? whenText(status.latest.at) : '—'}</TableCell>
          <TableCell>{status.latest?.comment || '—'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
