import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ACTION_STATUS_META } from '../../domain/action';
import { formatDateTime } from '../../domain/dates';
import type { UncountedUpdate } from '../../domain/update-standing';
import { plainList } from '../common/stack';

const useStyles = makeStyles({
  list: plainList('S'),
  item: {
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorStatusDangerBorderActive}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
});

/**
 * An action's updates that the plan does not count (posted straight to SharePoint by someone who
 * may not post on it), with why: shown so nothing is hidden, and left out of its status and reports.
 */
export function UncountedUpdates({ updates }: { updates: readonly UncountedUpdate[] }) {
  const styles = useStyles();
  if (updates.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Updates not counted">
      {updates.map(({ update, reason, checking }) => (
        <li key={update.id} className={styles.item}>
          <Text size={200} block>
            {formatDateTime(update.at)}, {update.authorName}
            {update.status && `, status given as ${ACTION_STATUS_META[update.status].label}`}.{' '}
            <Text weight="semibold" size={200}>
              {checking ? 'Not counted while it is checked:' : 'Not counted:'}
            </Text>{' '}
            {reason}
          </Text>
          <Text block>{update.text}</Text>
        </li>
      ))}
    </ul>
  );
}
