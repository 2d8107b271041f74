import { ACTION_STATUSES, ACTION_STATUS_META } from '../../domain/action';
import { STATUS_FILL, useDashboardStyles } from './dashboard.styles';

/** The status words beside each fill, in the order segments are drawn. */
export function StatusLegend() {
  const styles = useDashboardStyles();
  return (
    <ul className={styles.legend} aria-label="Status key">
      {ACTION_STATUSES.map((status) => (
        <li key={status} className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[status] }} aria-hidden="true" />
          {ACTION_STATUS_META[status].label} ({ACTION_STATUS_META[status].ragLabel})
        </li>
      ))}
    </ul>
  );
}
