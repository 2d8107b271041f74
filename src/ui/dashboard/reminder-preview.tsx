import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { reasonText } from '../../domain/notifications/reminder-text';
import {
  REMINDER_WINDOW_WORKING_DAYS,
  type ReminderItem,
  type ReminderPreview as Preview,
} from '../../domain/notifications/reminders';
import { DataTable } from '../common/data-table';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ActionList({ items }: { items: readonly ReminderItem[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.action.id}>
          {item.action.title} (target {formatLongDate(item.targetDate)}; {reasonText(item.reason)})
        </li>
      ))}
    </ul>
  );
}

/** Who would be reminded about which actions, and any action no one can be reminded about. */
export function ReminderPreview({ preview }: { preview: Preview }) {
  const nothing = preview.reminders.length === 0 && preview.unreached.length === 0;
  return (
    <>
      <Text>
        Each person gets one reminder listing their actions that are overdue or due in the next{' '}
        {REMINDER_WINDOW_WORKING_DAYS} working days (weekends and bank holidays not counted).
      </Text>
      {nothing && (
        <Text weight="semibold">
          No action is overdue or due in the next {REMINDER_WINDOW_WORKING_DAYS} working days.
        </Text>
      )}
      {preview.reminders.length > 0 && (
        <DataTable label="Who will be reminded" size="small" columns={['Person', 'Actions']}>
          {preview.reminders.map((r) => (
            <TableRow key={r.recipient.userId}>
              <TableCell>{r.recipient.displayName}</TableCell>
              <TableCell>
                <ActionList items={r.items} />
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {preview.unreached.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              No one to remind about {preview.unreached.length === 1 ? 'this action' : 'these actions'}
            </MessageBarTitle>
            They have no lead officer, and their agency has no owner in the plan. Add one in Agencies and people.
            <ActionList items={preview.unreached} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
