import { AlertRegular } from '@fluentui/react-icons';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { isPlanAdmin } from '../../domain/permissions';
import { reminderCommands } from '../../state/notification-batches';
import { useServices } from '../app-services';
import { SendBatch } from '../common/send-batch';
import { useStore } from '../common/use-store';
import { ReminderPreview } from './reminder-preview';

const reminders = (n: number) => `${n} reminder${n === 1 ? '' : 's'}`;

/** Plan admins remind owners of overdue and soon-due actions; everyone else sees nothing here. */
export function SendReminders({ snapshot }: { snapshot: PlanSnapshot }) {
  const services = useServices();
  const me = useStore(services.planView, (s) => s.me);
  if (!services.reminders || !isPlanAdmin(me)) return null;
  return (
    <SendBatch
      snapshot={snapshot}
      commands={reminderCommands(services.reminders)}
      label="Send reminders"
      icon={<AlertRegular />}
      counted={reminders}
      failedTitle="The reminders were not all sent"
      preview={(preview) => <ReminderPreview preview={preview} />}
    />
  );
}
