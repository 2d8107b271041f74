import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { useOnline } from '../common/use-online';
import { useCommand } from '../common/use-command';

const yourChanges = (count: number) => `Your changes to ${count === 1 ? '1 action' : `${count} actions`}`;

/** What the bar says: offline or not, and how many actions have changes (edits, progress updates) only on this device. */
function waitingToSend(online: boolean, count: number): { title: string; message: string } | null {
  if (!online) {
    return {
      title: 'You are offline',
      message:
        count === 0
          ? 'What you change is kept on this device and sent to SharePoint when the connection is back.'
          : `${yourChanges(count)} are kept on this device and will be sent to SharePoint when the connection is back.`,
    };
  }
  if (count === 0) return null;
  return {
    title: 'Not yet in SharePoint',
    message: `${yourChanges(count)} are kept on this device and sent again every 30 seconds.`,
  };
}

/**
 * Says when the connection is gone, and how many actions have the person's edits or progress updates
 * waiting on this device to be sent (a clash, which waits for the person's choice, has a bar of its own).
 */
export function WaitingToSendBar() {
  const { planView } = useServices();
  // An action with an edit or a progress update waiting is marked pending (see withPendingMarks).
  const count = useStore(planView, (s) => Object.values(s.marks).filter((mark) => mark === 'pending').length);
  const online = useOnline();
  // What cannot be sent stays counted, and each action says why: the bar has no problem of its own to show.
  const sendNow = useCommand(
    async () => {
      await planView.getState().retryPending();
      return { status: 'tried' } as const;
    },
    { success: 'tried' },
  );
  const said = waitingToSend(online, count);
  if (!said) return null;
  return (
    <MessageBar intent={online ? 'info' : 'warning'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{said.title}</MessageBarTitle>
        {said.message}
      </MessageBarBody>
      {online && (
        <MessageBarActions>
          <Button onClick={() => void sendNow.run()} disabledFocusable={sendNow.busy}>
            {sendNow.busy ? 'Sending…' : 'Send now'}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
