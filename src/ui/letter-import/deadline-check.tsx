import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { draftDeadline } from '../../domain/letter-import/draft-deadline';
import type { DraftMetadata } from '../../domain/letter-import/import-draft';

function dayCount(days: number): string {
  const n = Math.abs(days);
  return `${n} working day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}`;
}

/** The statutory 70-working-day date beside the printed one, with a warning when they differ. */
export function DeadlineCheck({ metadata }: { metadata: DraftMetadata }) {
  const check = draftDeadline(metadata);
  if (!check.computed) {
    return <Text>Enter the letter date to check the submission date against 70 working days.</Text>;
  }
  const computed = formatLongDate(check.computed);
  const coverage = check.covered
    ? ''
    : ' The bank-holiday table does not cover these dates, so check this one by hand.';
  if (!check.differs || !check.printed) {
    const source = check.printed ? 'matches the date the letter gives' : 'is used, as no date is printed';
    return (
      <Text>
        70 working days from the letter date is {computed}; it {source}.{coverage}
      </Text>
    );
  }
  const gap = check.differsByWorkingDays === null ? '' : ` (${dayCount(check.differsByWorkingDays)})`;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>The printed submission date differs from 70 working days</MessageBarTitle>
        The letter gives {formatLongDate(check.printed)}
        {gap}, but 70 working days from the letter date is {computed}. The printed date is used, as the letter is
        authoritative.{coverage}
      </MessageBarBody>
    </MessageBar>
  );
}
