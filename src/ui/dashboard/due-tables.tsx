import {
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatLongDate } from '../../domain/dates';
import type { DueAction, OverdueAction } from '../../domain/monitoring/due-dates';
import { dayOf } from '../../domain/monitoring/period';
import { StatusBadge } from '../actions/status-badge';
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

export function OverdueTable({ items }: { items: readonly OverdueAction[] }) {
  const { shown, more } = useShown(items);
  if (items.length === 0) return <Text>No action is overdue.</Text>;
  return (
    <>
      <Table aria-label="Overdue actions" size="small">
        <TableHeader>
          <TableRow>
            <LeadingHeaders />
            <TableHeaderCell>Overdue by</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Latest update</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((o) => (
            <TableRow key={o.action.id}>
              <LeadingCells item={o} />
              <TableCell>
                {plural(o.workingDaysOverdue, 'working day')} ({plural(o.daysOverdue, 'day')})
              </TableCell>
              <TableCell>
                <StatusBadge status={o.action.status} />
              </TableCell>
              <TableCell>
                {o.latestUpdate
                  ? `${formatLongDate(dayOf(o.latestUpdate.at))}: ${o.latestUpdate.text}`
                  : 'No progress update yet'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more}
    </>
  );
}

export function DueSoonTable({ items }: { items: readonly DueAction[] }) {
  const { shown, more } = useShown(items);
  if (items.length === 0) return <Text>No action falls due in the next 30 days.</Text>;
  return (
    <>
      <Table aria-label="Actions due in the next 30 days" size="small">
        <TableHeader>
          <TableRow>
            <LeadingHeaders />
            <TableHeaderCell>Time left</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((d) => (
            <TableRow key={d.action.id}>
              <LeadingCells item={d} />
              <TableCell>{d.daysLeft === 0 ? 'Due today' : plural(d.workingDaysLeft, 'working day')}</TableCell>
              <TableCell>
                <StatusBadge status={d.action.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more}
    </>
  );
}

const LEADING_COLUMNS = ['Action', 'Lead agency', 'Owner', 'Target date'] as const;

function LeadingHeaders() {
  return (
    <>
      {LEADING_COLUMNS.map((c) => (
        <TableHeaderCell key={c}>{c}</TableHeaderCell>
      ))}
    </>
  );
}

/** The cells both tables start with: the action (linked), its agency, owner and target date. */
function LeadingCells({ item }: { item: Pick<DueAction, 'action' | 'agencyName' | 'ownerName' | 'targetDate'> }) {
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
