import { Button, Dialog, DialogTrigger, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { isPlanAdmin } from '../../domain/permissions';
import { reminderCommands, type ReminderBatch, type ReminderCommands } from '../../state/reminder-commands';
import { useServices } from '../app-services';
import { DialogPanel } from '../common/dialog-panel';
import { ProblemBar } from '../common/problem-bar';
import { useCommand } from '../common/use-command';
import { useStore } from '../common/use-store';
import { ReminderPreview } from './reminder-preview';
import { row } from '../common/stack';

const useStyles = makeStyles({
  bar: row('M'),
});

const reminders = (n: number) => `${n} reminder${n === 1 ? '' : 's'}`;

/** Plan admins remind owners of overdue and soon-due actions; everyone else sees nothing here. */
export function SendReminders({ snapshot }: { snapshot: PlanSnapshot }) {
  const services = useServices();
  const me = useStore(services.planView, (s) => s.me);
  if (!services.reminders || !isPlanAdmin(me)) return null;
  return <RemindersBar snapshot={snapshot} commands={reminderCommands(services.reminders)} />;
}

function RemindersBar({ snapshot, commands }: { snapshot: PlanSnapshot; commands: ReminderCommands }) {
  const styles = useStyles();
  const [batch, setBatch] = useState<ReminderBatch | null>(null);
  const [report, setReport] = useState('');
  const send = useCommand((toSend: ReminderBatch) => commands.send(toSend), {
    success: 'sent',
    onSuccess: (outcome) => {
      setBatch(null);
      const inTeams = outcome.teamsDelivered > 0 ? `, ${outcome.teamsDelivered} also in Teams` : '';
      setReport(`Sent ${reminders(outcome.count)}${inTeams}.`);
    },
  });
  const sending = send.busy;

  const open = () => {
    send.setProblem(null);
    setReport('');
    setBatch(commands.prepare(snapshot));
  };

  const count = batch?.outgoing.length ?? 0;
  return (
    <div className={styles.bar}>
      <Dialog open={batch !== null} onOpenChange={(_e, data) => (data.open ? open() : !sending && setBatch(null))}>
        <DialogTrigger disableButtonEnhancement>
          <Button icon={<AlertRegular />}>Send reminders</Button>
        </DialogTrigger>
        <DialogPanel
          title="Send reminders"
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
                  {sending ? 'Sending…' : `Send ${reminders(count)}`}
                </Button>
              )}
            </>
          }
        >
          {batch && <ReminderPreview preview={batch.preview} />}
          {send.problem && (
            <ProblemBar title="The reminders were not all sent" message={`${send.problem} Send them again.`} />
          )}
        </DialogPanel>
      </Dialog>
      <Text role="status">{report}</Text>
    </div>
  );
}
