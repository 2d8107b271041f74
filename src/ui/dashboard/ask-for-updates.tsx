import { Field, Input } from '@fluentui/react-components';
import { CommentEditRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { formatShortDate, parseBritishDate, type IsoDate } from '../../domain/dates';
import { defaultNeededBy } from '../../domain/notifications/update-requests';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { updateRequestCommands, type ReminderDeps } from '../../state/notification-batches';
import { useServices } from '../app-services';
import { SendBatch } from '../common/send-batch';
import { useStore } from '../common/use-store';
import { useDashboardStyles } from './dashboard.styles';
import { UpdateRequestPreview } from './update-request-preview';
import { DashboardSection } from './dashboard-section';

const requests = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

/** The day typed, or why it cannot be used. */
function readNeededBy(text: string, today: IsoDate): { date: IsoDate } | { problem: string } {
  const date = parseBritishDate(text);
  if (!date) return { problem: 'Enter the date as day/month/year, for example 20/04/2018.' };
  return date < today ? { problem: 'Choose today or a later day.' } : { date };
}

/**
 * Plan admins ask the people who answer for each open action for a progress update by a day (before
 * the partnership board or a scrutiny panel meets); everyone else sees nothing here.
 */
export function AskForUpdates({ snapshot, today }: { snapshot: PlanSnapshot; today: IsoDate }) {
  const services = useServices();
  const me = useStore(services.planView, (s) => s.me);
  if (!services.reminders || !isPlanAdmin(me)) return null;
  return <AskForUpdatesForm snapshot={snapshot} today={today} deps={services.reminders} />;
}

function AskForUpdatesForm({ snapshot, today, deps }: { snapshot: PlanSnapshot; today: IsoDate; deps: ReminderDeps }) {
  const styles = useDashboardStyles();
  const [text, setText] = useState(() => formatShortDate(defaultNeededBy(today)));
  const read = readNeededBy(text, today);
  const neededBy = 'date' in read ? read.date : null;
  // While the day typed is not valid the button waits, so the commands are never run with `today`.
  const commands = useMemo(() => updateRequestCommands(deps, neededBy ?? today), [deps, neededBy, today]);
  return (
    <DashboardSection
      title="Progress updates before the board meets"
      description="Ask everyone who answers for an action not yet complete for a progress update by a day you choose: one request each, listing their actions and when each was last reported on."
    >
      <div className={styles.form}>
        <Field label="Updates needed by (dd/mm/yyyy)" validationMessage={'problem' in read ? read.problem : undefined}>
          <Input value={text} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <SendBatch
          snapshot={snapshot}
          commands={commands}
          disabled={!neededBy}
          label="Ask for progress updates"
          icon={<CommentEditRegular />}
          counted={requests}
          failedTitle="The requests were not all sent"
          preview={(preview) => <UpdateRequestPreview preview={preview} />}
        />
      </div>
    </DashboardSection>
  );
}
