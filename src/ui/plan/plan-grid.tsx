import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { DEFAULT_QUERY, queryActions, type ActionGroup, type ActionRow } from '../../domain/action-query';
import { URGENCY_LABEL } from '../../domain/action-urgency';
import { formatShortDate } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { StatusBadge } from '../actions/status-badge';
import { formatRoute } from '../routing/route';
import { GridToolbar } from './grid-toolbar';
import { stack } from '../common/stack';

const COLUMNS = 'minmax(280px, 3fr) minmax(120px, 1fr) minmax(140px, 1fr) 110px 130px';

const useStyles = makeStyles({
  page: stack('M'),
  scroller: {
    height: '65vh',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    boxSizing: 'border-box',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '40px',
  },
  group: {
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
    boxSizing: 'border-box',
  },
  title: { overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' },
});

type Line = { kind: 'group'; group: ActionGroup } | { kind: 'row'; row: ActionRow };
const ROW_HEIGHT = 56;
const GROUP_HEIGHT = 36;

/** Every action in the plan, filtered, sorted and grouped; only the rows in view are rendered. */
export function PlanGrid({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const { today } = useServices();
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const deferred = useDeferredValue(query);
  const result = useMemo(() => queryActions(snapshot, deferred, today()), [snapshot, deferred, today]);
  const lines = useMemo(() => flatten(result.groups, deferred.groupBy !== 'none'), [result, deferred.groupBy]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (lines[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    initialRect: { width: 1200, height: 600 },
  });
  return (
    <section className={styles.page} aria-labelledby="grid-heading">
      <Text as="h2" id="grid-heading" size={500} weight="semibold">
        All actions
      </Text>
      <GridToolbar query={query} agencies={snapshot.plan.agencies} onChange={setQuery} />
      <Text role="status" aria-live="polite">
        {result.total} of {snapshot.actions.length} actions shown
      </Text>
      <div
        ref={scroller}
        className={styles.scroller}
        role="table"
        aria-label="Actions"
        aria-rowcount={lines.length + 1}
      >
        <div role="row" aria-rowindex={1} className={`${styles.row} ${styles.header}`}>
          {['Action', 'Lead agency', 'Lead officer', 'Target date', 'Status'].map((c) => (
            <span key={c} role="columnheader">
              {c}
            </span>
          ))}
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index]!;
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              right: 0,
              height: item.size,
              transform: `translateY(${item.start}px)`,
            };
            return line.kind === 'group' ? (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} className={styles.group} style={style}>
                <span role="rowheader" aria-colspan={5}>
                  {line.group.label} ({line.group.rows.length})
                </span>
              </div>
            ) : (
              <GridRow key={item.key} row={line.row} index={item.index + 2} style={style} />
            );
          })}
        </div>
      </div>
    </section>
  );
}

function GridRow({ row, index, style }: { row: ActionRow; index: number; style: React.CSSProperties }) {
  const styles = useStyles();
  const { action } = row;
  return (
    <div role="row" aria-rowindex={index} className={styles.row} style={style}>
      <span role="cell" className={styles.title}>
        <Link href={formatRoute({ name: 'grid', planId: action.planId, actionId: action.id })}>
          {action.title || '(untitled action)'}
        </Link>
      </span>
      <span role="cell">{row.agencyName}</span>
      <span role="cell">{row.officerName}</span>
      <span role="cell">
        {action.targetDate ? formatShortDate(action.targetDate) : 'Not set'}
        {row.urgency === 'overdue' && (
          <Text size={200} block>
            {URGENCY_LABEL.overdue}
          </Text>
        )}
      </span>
      <span role="cell">
        <StatusBadge status={action.status} />
      </span>
    </div>
  );
}

function flatten(groups: readonly ActionGroup[], withHeaders: boolean): Line[] {
  const lines: Line[] = [];
  for (const group of groups) {
    if (withHeaders) lines.push({ kind: 'group', group });
    for (const row of group.rows) lines.push({ kind: 'row', row });
  }
  return lines;
}
