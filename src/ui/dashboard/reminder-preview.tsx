import { Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { reasonText } from '../../domain/notifications/reminder-text';
import { REMINDER_WINDOW_WORKING_DAYS, type ReminderPreview as Preview } from '../../domain/notifications/reminders';
import { PeopleAndActions } from './people-and-actions';

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
      <PeopleAndActions
        label="Who will be reminded"
        people={preview.reminders}
        unreached={preview.unreached}
        describe={(item) => `target ${formatLongDate(item.targetDate)}; ${reasonText(item.reason)}`}
        verb="remind"
      />
    </>
  );
}
