import { Button, Link, TableCell, TableRow, Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatLongDate } from '../../domain/dates';
import type { DueAction, OverdueAction } from '../../domain/monitoring/due-dates';
import { dayOf } from '../../domain/monitoring/period';
import { StatusBadge } from '../actions/status-badge';
import { DataTable } from '../common/data-table';
import { formatRoute } from '../routing/route';

const PAGE = 25;

/** Long lists (a plan can hold thousands of actions) show a page at a time. */
function useShown<T>(items: readonly T[]) {
  const [limit, setLimit] = useState(PAGE);
  const more =
    items.length > limit ? (
      <Button appearance="secondary" onClick={() => setLimit((l) => l + PAGE * 4)}>
        Show more ({items.length - limit} not shown)
      </Button>
    ) : null;
  return { shown: items.slice(0, limit), more };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What every row of a due table describes: an action, its agency, owner and target date. */
type DueRow = Pick<DueAction, 'action' | 'agencyName' | 'ownerName' | 'targetDate'>;

/** A column after the leading ones: its header, and what each row shows in it. */
interface DueColumn<T> {
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
}

/** One kind of due table: its accessible name, what it says when empty, and its own columns. */
export interface DueTableKind<T extends DueRow> {
  readonly label: string;
  readonly empty: string;
  readonly columns: readonly DueColumn<T>[];
}

const STATUS_COLUMN: DueColumn<DueRow> = {
  header: 'Status',
  cell: (item) => <StatusBadge status={item.action.status} />,
};

/** Actions past their target date: by how long, their status and the owner's latest update. */
export const OVERDUE_TABLE: DueTableKind<OverdueAction> = {
  label: 'Overdue actions',
  empty: 'No action is overdue.',
  columns: [
    {
      header: 'Overdue by',
      cell: (o) => `${plural(o.workingDaysOverdue, 'working day')} (${plural(o.daysOverdue, 'day')})`,
    },
    STATUS_COLUMN,
    {
      header: 'Latest update',
      cell: (o) =>
        o.latestUpdate
          ? `${formatLongDate(dayOf(o.latestUpdate.at))}: ${o.latestUpdate.text}`
          : 'No progress update yet',
    },
  ],
};

/** Actions due in the next 30 days: the time left, and their status. */
export const DUE_SOON_TABLE: DueTableKind<DueAction> = {
  label: 'Actions due in the next 30 days',
  empty: 'No action falls due in the next 30 days.',
  columns: [
    {
      header: 'Time left',
      cell: (d) => (d.daysLeft === 0 ? 'Due today' : plural(d.workingDaysLeft, 'working day')),
    },
    STATUS_COLUMN,
  ],
};

const LEADING_COLUMNS = ['Action', 'Lead agency', 'Owner', 'Target date'] as const;

/** A table of actions by due date, a page at a time: the leading columns, then the kind's own. */
export function DueTable<T extends DueRow>({ items, kind }: { items: readonly T[]; kind: DueTableKind<T> }) {
  const { shown, more } = useShown(items);
  if (items.length === 0) return <Text>{kind.empty}</Text>;
  return (
    <>
      <DataTable label={kind.label} size="small" columns={[...LEADING_COLUMNS, ...kind.columns.map((c) => c.header)]}>
        {shown.map((item) => (
          <TableRow key={item.action.id}>
            <LeadingCells item={item} />
            {kind.columns.map((c) => (
              <TableCell key={c.header}>{c.cell(item)}</TableCell>
            ))}
          </TableRow>
        ))}
      </DataTable>
      {more}
    </>
  );
}

/** The cells every due table starts with: the action (linked), its agency, owner and target date. */
function LeadingCells({ item }: { item: DueRow }) {
  return (
    <>
      <TableCell>
        <Link href={formatRoute({ name: 'plan', planId: item.action.planId, actionId: item.action.id })}>
          {item.action.title}
        </Link>
      </TableCell>
      <TableCell>{item.agencyName}</TableCell>
      <TableCell>{item.ownerName}</TableCell>
      <TableCell>{formatLongDate(item.targetDate)}</TableCell>
    </>
  );
}
