import { ACTION_STATUSES, ACTION_STATUS_META } from '../../domain/action';
import type { CountRow } from '../../domain/monitoring/status-counts';
import { STATUS_FILL, useDashboardStyles } from './dashboard.styles';
import { StatusLegend } from './status-legend';

const WIDTH = 720;
const BAR = 22;
const GAP = 10;
const SCALE_GAP = 24;
const MIN_TEXT_WIDTH = 22;

/**
 * Horizontal bars split by status, drawn in SVG with theme tokens. Each segment has a tooltip in
 * words and, where it fits, its count written on it; the legend names the statuses in order.
 */
export function StackedBarChart({
  rows,
  labelledBy,
  labelWidth = 170,
}: {
  rows: readonly CountRow<string>[];
  labelledBy: string;
  labelWidth?: number;
}) {
  const styles = useDashboardStyles();
  const max = Math.max(1, ...rows.map((r) => r.total));
  const plotWidth = WIDTH - labelWidth - 50;
  const height = rows.length * (BAR + GAP) + SCALE_GAP;
  return (
    <div>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelledBy}>
        {rows.map((row, i) => {
          const y = i * (BAR + GAP);
          let x = labelWidth;
          return (
            <g key={row.key}>
              <text className={styles.axisText} x={labelWidth - 8} y={y + BAR / 2 + 4} textAnchor="end">
                {clip(row.label, labelWidth / 7)}
              </text>
              {ACTION_STATUSES.map((status) => {
                const count = row.counts[status];
                if (count === 0) return null;
                const width = (count / max) * plotWidth;
                const segment = (
                  <g key={status}>
                    <rect
                      className={styles.segment}
                      x={x}
                      y={y}
                      width={width}
                      height={BAR}
                      style={{ fill: STATUS_FILL[status] }}
                    >
                      <title>{`${row.label}: ${ACTION_STATUS_META[status].label}, ${count} ${count === 1 ? 'action' : 'actions'}`}</title>
                    </rect>
                    {width >= MIN_TEXT_WIDTH && (
                      <text className={styles.segmentText} x={x + width / 2} y={y + BAR / 2 + 4} textAnchor="middle">
                        {segmentText(ACTION_STATUS_META[status].label, count, width)}
                      </text>
                    )}
                  </g>
                );
                x += width;
                return segment;
              })}
              <text className={styles.axisText} x={x + 6} y={y + BAR / 2 + 4}>
                {row.total}
              </text>
            </g>
          );
        })}
        <line className={styles.axis} x1={labelWidth} x2={labelWidth} y1={0} y2={height - SCALE_GAP + 4} />
      </svg>
      <StatusLegend />
    </div>
  );
}

/** The status in words where the segment has room for them, else the count alone (the legend keeps the order). */
const segmentText = (label: string, count: number, width: number) =>
  width >= (label.length + String(count).length + 1) * 6.5 + 8 ? `${label}: ${count}` : String(count);

const clip = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
