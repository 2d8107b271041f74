import { Button, Dialog, DialogTrigger, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useState, type ReactElement, type ReactNode } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { BatchCommands, NotificationBatch } from '../../state/notification-batches';
import { DialogPanel } from './dialog-panel';
import { dialogWidth } from './dialog-width';
import { ProblemBar } from './problem-bar';
import { row } from './stack';
import { useCommand } from './use-command';

const useStyles = makeStyles({
  bar: row('M'),
  surface: dialogWidth(760),
});

/**
 * A plan admin's button that sends a batch of notifications (reminders, requests for actions): it
 * opens a dialog showing who will be told what, sends them on confirmation, and says how many went.
 * A failed send keeps the dialog open to send the same batch again.
 */
export function SendBatch<P>(props: {
  snapshot: PlanSnapshot;
  commands: BatchCommands<P>;
  /** The button's words, and the dialog's title. */
  label: string;
  icon: ReactElement;
  /** e.g. "3 reminders". */
  counted: (n: number) => string;
  /** Said over the problem when a send fails. */
  failedTitle: string;
  preview: (preview: P) => ReactNode;
  /** The button cannot open the dialog yet (a setting beside it is not valid). */
  disabled?: boolean;
}) {
  const styles = useStyles();
  const { commands, counted } = props;
  const [batch, setBatch] = useState<NotificationBatch<P> | null>(null);
  const [report, setReport] = useState('');
  const send = useCommand((toSend: NotificationBatch<P>) => commands.send(toSend), {
    success: 'sent',
    onSuccess: (outcome) => {
      setBatch(null);
      const inTeams = outcome.teamsDelivered > 0 ? `, ${outcome.teamsDelivered} also in Teams` : '';
      setReport(`Sent ${counted(outcome.count)}${inTeams}.`);
    },
  });
  const sending = send.busy;
  const open = () => {
    send.setProblem(null);
    setReport('');
    setBatch(commands.prepare(props.snapshot));
  };
  const count = batch?.outgoing.length ?? 0;
  return (
    <div className={styles.bar}>
      <Dialog open={batch !== null} onOpenChange={(_e, data) => (data.open ? open() : !sending && setBatch(null))}>
        <DialogTrigger disableButtonEnhancement>
          <Button icon={props.icon} disabledFocusable={props.disabled}>
            {props.label}
          </Button>
        </DialogTrigger>
        <DialogPanel
          className={styles.surface}
          title={props.label}
          actions={
            <>
              <Button appearance="secondary" disabled={sending} onClick={() => setBatch(null)}>
                Cancel
              </Button>
              {count > 0 && batch && (
                <Button
                  appearance="primary"
                  disabled={sending}
                  icon={sending ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void send.run(batch)}
                >
                  {sending ? 'Sending…' : `Send ${counted(count)}`}
                </Button>
              )}
            </>
          }
        >
          {batch && props.preview(batch.preview)}
          {send.problem && <ProblemBar title={props.failedTitle} message={`${send.problem} Send them again.`} />}
        </DialogPanel>
      </Dialog>
      <Text role="status">{report}</Text>
    </div>
  );
}
