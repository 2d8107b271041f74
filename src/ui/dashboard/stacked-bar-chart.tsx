import type { ReactNode } from 'react';
import { ACTION_STATUSES, ACTION_STATUS_META, type ActionStatus } from '../../domain/action';
import type { CountRow } from '../../domain/monitoring/status-counts';
import { STATUS_FILL, useDashboardStyles } from './dashboard.styles';
import { StatusLegend } from './status-legend';

/** The longest bar takes this share of its track, leaving room for the total after it. */
const LONGEST = 88;
/** The narrowest a segment may be (per cent of the track) and still carry its count. */
const MIN_COUNT_SHARE = 4;
/** Roughly how wide a track is drawn, to judge whether a status name fits on its segment. */
const TRACK_PIXELS = 520;

const actions = (n: number) => `${n} ${n === 1 ? 'action' : 'actions'}`;

/** A bar's counts in words, e.g. "On track 2, At risk 1; 3 actions". */
export const barSummary = (row: CountRow<string>): string => {
  const parts = ACTION_STATUSES.filter((s) => row.counts[s] > 0).map(
    (s) => `${ACTION_STATUS_META[s].label} ${row.counts[s]}`,
  );
  return parts.length > 0 ? `${parts.join(', ')}; ${actions(row.total)}` : 'No actions';
};

/**
 * Horizontal bars split by status, one list item a bar: its label as HTML (so it wraps and can be
 * a link with a tooltip), then the bar in SVG with theme tokens. Each bar reads as its counts in
 * words; each segment has a tooltip and, where it fits, its count written on it; the legend names
 * the statuses in order.
 */
export function StackedBarChart<R extends CountRow<string>>({
  rows,
  labelledBy,
  renderLabel = (row) => row.label,
}: {
  rows: readonly R[];
  labelledBy: string;
  renderLabel?: (row: R) => ReactNode;
}) {
  const styles = useDashboardStyles();
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <div role="figure" aria-labelledby={labelledBy} className={styles.barChart}>
      <ul className={styles.barList}>
        {rows.map((row) => (
          <li key={row.key} className={styles.barRow}>
            <span className={styles.barLabel}>{renderLabel(row)}</span>
            <Bar row={row} max={max} />
          </li>
        ))}
      </ul>
      <StatusLegend />
    </div>
  );
}

function Bar({ row, max }: { row: CountRow<string>; max: number }) {
  const styles = useDashboardStyles();
  let x = 0;
  const segments = ACTION_STATUSES.filter((s) => row.counts[s] > 0).map((status) => {
    const share = (row.counts[status] / max) * LONGEST;
    const segment = (
      <Segment key={status} label={row.label} status={status} count={row.counts[status]} x={x} share={share} />
    );
    x += share;
    return segment;
  });
  return (
    <svg className={styles.barTrack} role="img" aria-label={barSummary(row)}>
      {segments}
      <text className={styles.axisText} x={`${x}%`} dx={6} y="50%" dominantBaseline="central">
        {row.total}
      </text>
    </svg>
  );
}

function Segment(props: { label: string; status: ActionStatus; count: number; x: number; share: number }) {
  const { label, status, count, x, share } = props;
  const styles = useDashboardStyles();
  const name = ACTION_STATUS_META[status].label;
  return (
    <g>
      <rect
        className={styles.segment}
        x={`${x}%`}
        y={0}
        width={`${share}%`}
        height="100%"
        style={{ fill: STATUS_FILL[status] }}
      >
        <title>{`${label}: ${name}, ${actions(count)}`}</title>
      </rect>
      {share >= MIN_COUNT_SHARE && (
        <text
          className={styles.segmentText}
          x={`${x + share / 2}%`}
          y="50%"
          dominantBaseline="central"
          textAnchor="middle"
        >
          {segmentText(name, count, (share / 100) * TRACK_PIXELS)}
        </text>
      )}
    </g>
  );
}

/** The status in words where the segment has room for them, else the count alone (the legend keeps the order). */
const segmentText = (label: string, count: number, width: number) =>
  width >= (label.length + String(count).length + 1) * 6.5 + 8 ? `${label}: ${count}` : String(count);
