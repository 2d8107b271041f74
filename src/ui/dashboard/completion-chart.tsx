import { TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { CompletionPoint } from '../../domain/monitoring/completion-over-time';
import { describeAxis, type PlanTimeAxis } from '../../domain/monitoring/plan-time-axis';
import { useDashboardStyles } from './dashboard.styles';
import { DataTable } from '../common/data-table';

const WIDTH = 880;
const HEIGHT = 220;
const TOP = 30;
const BOTTOM = 40;
const SIDE = 24;
const MAX_BAR = 40;
const PLOT = HEIGHT - TOP - BOTTOM;

/**
 * Actions complete at each month end, as vertical bars over the plan's own months (letter or first
 * start to deadline or last target), with today marked by a dashed line when it falls inside.
 */
export function CompletionChart({
  axis,
  points,
  today,
  labelledBy,
}: {
  axis: PlanTimeAxis;
  points: readonly CompletionPoint[];
  today: IsoDate;
  labelledBy: string;
}) {
  const styles = useDashboardStyles();
  const captionId = useId();
  const max = Math.max(1, ...points.map((p) => p.total));
  const slot = (WIDTH - 2 * SIDE) / Math.max(1, axis.months.length);
  const bar = Math.min(MAX_BAR, Math.max(2, slot * 0.7));
  const ticked = new Set(axis.ticks.map((t) => t.index));
  const xOf = (months: number) => SIDE + months * slot;
  return (
    <div className={styles.section}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={captionId}
      >
        {points.map((p, i) => {
          const h = (p.complete / max) * PLOT;
          const x = xOf(p.index) + (slot - bar) / 2;
          const y = TOP + PLOT - h;
          const written = ticked.has(p.index) || i === points.length - 1;
          return (
            <g key={p.date}>
              <rect
                className={styles.segment}
                x={x}
                y={y}
                width={bar}
                height={Math.max(h, 1)}
                style={{ fill: tokens.colorPaletteBlueBackground2 }}
              >
                <title>{`${p.label}: ${p.complete} of ${p.total} actions complete`}</title>
              </rect>
              {written && (
                <text className={styles.axisText} x={x + bar / 2} y={y - 4} textAnchor="middle">
                  {p.complete}
                </text>
              )}
            </g>
          );
        })}
        <line className={styles.axis} x1={SIDE} x2={WIDTH - SIDE} y1={TOP + PLOT} y2={TOP + PLOT} />
        {axis.ticks.map((t) => (
          <g key={t.index}>
            <line className={styles.axis} x1={xOf(t.index)} x2={xOf(t.index)} y1={TOP + PLOT} y2={TOP + PLOT + 5} />
            <text className={styles.axisText} x={xOf(t.index) + slot / 2} y={TOP + PLOT + 20} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {axis.today !== null && <TodayMarker x={xOf(axis.today)} />}
      </svg>
      <Text id={captionId} size={200}>
        {describeAxis(axis, today)}
      </Text>
    </div>
  );
}

function TodayMarker({ x }: { x: number }) {
  const styles = useDashboardStyles();
  const anchor = x < SIDE + 30 ? 'start' : x > WIDTH - SIDE - 30 ? 'end' : 'middle';
  return (
    <g>
      <line className={styles.todayLine} x1={x} x2={x} y1={TOP - 8} y2={TOP + PLOT} />
      <text className={styles.axisText} x={x} y={TOP - 12} textAnchor={anchor}>
        Today
      </text>
    </g>
  );
}

export function CompletionTable({ points }: { points: readonly CompletionPoint[] }) {
  return (
    <DataTable
      label="Actions complete by month"
      size="small"
      columns={['Month', 'Counted to', 'Complete', 'Actions', 'Per cent complete']}
    >
      {points.map((p) => (
        <TableRow key={p.date}>
          <TableCell>{p.label}</TableCell>
          <TableCell>{p.date.split('-').reverse().join('/')}</TableCell>
          <TableCell>{p.complete}</TableCell>
          <TableCell>{p.total}</TableCell>
          <TableCell>{p.total === 0 ? 0 : Math.round((100 * p.complete) / p.total)}%</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
