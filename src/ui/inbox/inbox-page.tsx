import { MessageBar, MessageBarBody, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { InboxState } from '../../state/inbox-store';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { unreadCount } from '../../domain/notifications/notification';
import { usePick } from '../common/use-store';
import { InboxItem } from './inbox-item';
import { plainList, stack } from '../common/stack';

const useStyles = makeStyles({
  page: { ...stack('L'), maxWidth: '900px' },
  list: plainList('M'),
});

/** The signed-in person's notifications, newest first, each opening where to act. */
export default function InboxPage() {
  const { inbox } = useServices();
  if (!inbox) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Notifications are not available in this version of the app.</MessageBarBody>
      </MessageBar>
    );
  }
  return <Inbox inbox={inbox} />;
}

function Inbox({ inbox }: { inbox: StoreApi<InboxState> }) {
  const styles = useStyles();
  const { load, items, problem } = usePick(inbox, 'load', 'items', 'problem');
  const unread = unreadCount(items);
  useEffect(() => {
    void inbox.getState().refresh();
  }, [inbox]);
  return (
    <section className={styles.page} aria-labelledby="inbox-heading">
      <Text as="h2" id="inbox-heading" size={500} weight="semibold">
        Inbox
      </Text>
      <Text role="status">
        {items.length === 0 ? '' : unread === 0 ? 'Everything here has been read.' : `${unread} unread`}
      </Text>
      {load.status === 'error' && (
        <ProblemBar
          title="Your notifications could not be loaded"
          message={load.problem.message}
          onRetry={() => void inbox.getState().refresh()}
        />
      )}
      {problem && <ProblemBar title="The notification could not be marked read" message={problem.message} />}
      {load.status === 'loading' && items.length === 0 && <Spinner label="Loading your notifications…" />}
      {load.status === 'ready' && items.length === 0 && (
        <Text>Nothing here yet. Sign-off requests and reminders sent to you will appear here.</Text>
      )}
      {items.length > 0 && (
        <ul className={styles.list} aria-label="Notifications, newest first">
          {items.map((n) => (
            <InboxItem key={n.id} notification={n} onRead={() => void inbox.getState().markRead(n.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
