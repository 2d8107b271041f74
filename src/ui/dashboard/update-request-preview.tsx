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
import {
  lastUpdateText,
  type UpdateRequestItem,
  type UpdateRequestPreview as Preview,
} from '../../domain/notifications/update-requests';
import { DataTable } from '../common/data-table';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ActionList({ items }: { items: readonly UpdateRequestItem[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.action.id}>
          {item.action.title} ({lastUpdateText(item)})
        </li>
      ))}
    </ul>
  );
}

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
      {preview.requests.length > 0 && (
        <DataTable label="Who will be asked" size="small" columns={['Person', 'Actions']}>
          {preview.requests.map((r) => (
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
              No one to ask about {preview.unreached.length === 1 ? 'this action' : 'these actions'}
            </MessageBarTitle>
            They have no lead officer, and their agency has no owner in the plan. Add one in Agencies and people.
            <ActionList items={preview.unreached} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
