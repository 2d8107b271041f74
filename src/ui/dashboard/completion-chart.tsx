import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { CompletionPoint } from '../../domain/monitoring/completion-over-time';
import { useDashboardStyles } from './dashboard.styles';

const HEIGHT = 200;
const TOP = 20;
const BOTTOM = 40;
const LEFT = 10;
const WIDTH = 880;
const MAX_SLOT = 64;
const LABEL_ROOM = 44;

/** Actions complete at each month end, as vertical bars with the count written above each. */
export function CompletionChart({ points, labelledBy }: { points: readonly CompletionPoint[]; labelledBy: string }) {
  const styles = useDashboardStyles();
  const max = Math.max(1, ...points.map((p) => p.total));
  // Bars share a fixed width so the chart keeps its size however many months it covers.
  const slot = Math.min(MAX_SLOT, (WIDTH - 2 * LEFT) / Math.max(1, points.length));
  const labelEvery = Math.ceil(LABEL_ROOM / slot);
  const bar = Math.max(4, slot * 0.7);
  const width = Math.min(WIDTH, 2 * LEFT + points.length * slot + 40);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={labelledBy}>
      {points.map((p, i) => {
        const h = (p.complete / max) * plot;
        const x = LEFT + i * slot + (slot - bar) / 2;
        const last = i === points.length - 1;
        const y = TOP + plot - h;
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
            {((i % labelEvery === 0 && points.length - 1 - i >= labelEvery) || last) && (
              <>
                <text className={styles.axisText} x={x + bar / 2} y={y - 4} textAnchor="middle">
                  {p.complete}
                </text>
                <text className={styles.axisText} x={x + bar / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle">
                  {shortMonth(p.label)}
                </text>
              </>
            )}
          </g>
        );
      })}
      <line className={styles.axis} x1={LEFT} x2={width - LEFT} y1={TOP + plot} y2={TOP + plot} />
    </svg>
  );
}

export function CompletionTable({ points }: { points: readonly CompletionPoint[] }) {
  return (
    <Table aria-label="Actions complete by month" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Month</TableHeaderCell>
          <TableHeaderCell>Counted to</TableHeaderCell>
          <TableHeaderCell>Complete</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
          <TableHeaderCell>Per cent complete</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.date}>
            <TableCell>{p.label}</TableCell>
            <TableCell>{p.date.split('-').reverse().join('/')}</TableCell>
            <TableCell>{p.complete}</TableCell>
            <TableCell>{p.total}</TableCell>
            <TableCell>{p.total === 0 ? 0 : Math.round((100 * p.complete) / p.total)}%</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** `March 2018` → `Mar 18`, to fit under a bar. */
const shortMonth = (label: string) => {
  const [month = '', year = ''] = label.split(' ');
  return `${month.slice(0, 3)} ${year.slice(2)}`;
};
