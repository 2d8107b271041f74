import { TableCell, TableRow } from '@fluentui/react-components';
import { ACTION_STATUSES, ACTION_STATUS_META } from '../../domain/action';
import type { CountRow } from '../../domain/monitoring/status-counts';
import { DataTable } from '../common/data-table';

/**
 * The numbers behind a stacked bar chart: one row per bar, one column per status. A row with its
 * full words (a finding) shows them whole, after its reference.
 */
export function StatusCountTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: readonly (CountRow<string> & { readonly reference?: string; readonly text?: string })[];
}) {
  return (
    <DataTable
      label={caption}
      size="small"
      columns={[firstColumn, ...ACTION_STATUSES.map((s) => ACTION_STATUS_META[s].label), 'Total']}
    >
      {rows.map((row) => (
        <TableRow key={row.key}>
          <TableCell>{row.text ? `${row.reference ?? row.label}: ${row.text}` : row.label}</TableCell>
          {ACTION_STATUSES.map((s) => (
            <TableCell key={s}>{row.counts[s]}</TableCell>
          ))}
          <TableCell>{row.total}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
