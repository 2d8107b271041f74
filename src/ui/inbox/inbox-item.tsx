import { Badge, Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '../../domain/dates';
import type { Notification } from '../../domain/notifications/notification';
import { routeOfTarget } from '../routing/notification-route';
import { formatRoute } from '../routing/route';
import { row, stack } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  item: {
    ...stack('XS'),
    ...framed('M', 'Stroke1'),
  },
  unread: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  heading: row('S'),
  body: { whiteSpace: 'pre-line' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** One notification: what it is about as a link to where to act, who sent it and when, and the detail. */
export function InboxItem(props: { notification: Notification; onRead: () => void }) {
  const styles = useStyles();
  const n = props.notification;
  return (
    <li className={`${styles.item} ${n.read ? '' : styles.unread}`}>
      <div className={styles.heading}>
        {!n.read && (
          <Badge appearance="tint" color="brand">
            Unread
          </Badge>
        )}
        <Link href={formatRoute(routeOfTarget(n.target))} onClick={props.onRead}>
          {n.subject}
        </Link>
      </div>
      <Text size={200} className={styles.meta}>
        {n.planTitle} · from {n.senderName} · {formatDateTime(n.createdAt)}
      </Text>
      <Text className={styles.body}>{n.body}</Text>
      {!n.read && (
        <div>
          <Button size="small" onClick={props.onRead} aria-label={`Mark as read: ${n.subject}`}>
            Mark as read
          </Button>
        </div>
      )}
    </li>
  );
}
