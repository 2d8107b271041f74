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
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Lead agency</TableHeaderCell>
            <TableHeaderCell>Owner</TableHeaderCell>
            <TableHeaderCell>Target date</TableHeaderCell>
            <TableHeaderCell>Overdue by</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Latest update</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((o) => (
            <TableRow key={o.action.id}>
              <TableCell>
                <Link href={formatRoute({ name: 'plan', planId: o.action.planId, actionId: o.action.id })}>
                  {o.action.title}
                </Link>
              </TableCell>
              <TableCell>{o.agencyName}</TableCell>
              <TableCell>{o.ownerName}</TableCell>
              <TableCell>{formatLongDate(o.targetDate)}</TableCell>
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
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Lead agency</TableHeaderCell>
            <TableHeaderCell>Owner</TableHeaderCell>
            <TableHeaderCell>Target date</TableHeaderCell>
            <TableHeaderCell>Time left</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((d) => (
            <TableRow key={d.action.id}>
              <TableCell>
                <Link href={formatRoute({ name: 'plan', planId: d.action.planId, actionId: d.action.id })}>
                  {d.action.title}
                </Link>
              </TableCell>
              <TableCell>{d.agencyName}</TableCell>
              <TableCell>{d.ownerName}</TableCell>
              <TableCell>{formatLongDate(d.targetDate)}</TableCell>
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
