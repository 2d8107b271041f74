import { Button } from '@fluentui/react-components';
import { MailInboxRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { InboxState } from '../../state/inbox-store';
import { useServices } from '../app-services';
import { unreadCount } from '../../domain/notifications/notification';
import { useStore } from '../common/use-store';
import { formatRoute } from '../routing/route';

/** New notifications show up within this long while the tab is open. */
const REFRESH_EVERY_MS = 60_000;

/**
 * The header's way into the inbox, with the number of unread notifications in its name. `compact`
 * (a narrow window) shows the icon and the number only; its name still says what it is.
 */
export function InboxButton({ compact = false }: { compact?: boolean }) {
  const { inbox } = useServices();
  return inbox ? <InboxLink inbox={inbox} compact={compact} /> : null;
}

function InboxLink({ inbox, compact }: { inbox: StoreApi<InboxState>; compact: boolean }) {
  const unread = useStore(inbox, (s) => unreadCount(s.items));
  useEffect(() => {
    void inbox.getState().refresh();
    const timer = window.setInterval(() => void inbox.getState().refresh(), REFRESH_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [inbox]);
  return (
    <Button
      as="a"
      href={formatRoute({ name: 'inbox' })}
      appearance="subtle"
      icon={<MailInboxRegular />}
      aria-label={unread === 0 ? 'Inbox, no unread notifications' : `Inbox, ${unread} unread`}
    >
      {compact ? unread || null : unread > 0 ? `Inbox (${unread})` : 'Inbox'}
    </Button>
  );
}
