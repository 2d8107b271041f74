import { Text } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { lastUpdateText, type UpdateRequestPreview as Preview } from '../../domain/notifications/update-requests';
import { PeopleAndActions } from './people-and-actions';

/** Who would be asked for updates on which actions, and any action no one can be asked about. */
export function UpdateRequestPreview({ preview }: { preview: Preview }) {
  const nothing = preview.requests.length === 0 && preview.unreached.length === 0;
  return (
    <>
      <Text>
        Each person gets one request for a progress update by {formatLongDate(preview.neededBy)} on each of their
        actions not yet complete, in their inbox and their Teams activity feed.
      </Text>
      {nothing && <Text weight="semibold">Every action is complete: there is nothing to ask about.</Text>}
      <PeopleAndActions
        label="Who will be asked"
        people={preview.requests}
        unreached={preview.unreached}
        describe={lastUpdateText}
        verb="ask"
      />
    </>
  );
}
