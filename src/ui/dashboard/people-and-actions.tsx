import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import type { Member } from '../../domain/member';
import { DataTable } from '../common/data-table';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Item = { readonly action: Action };

function ActionList<I extends Item>({ items, describe }: { items: readonly I[]; describe: (item: I) => string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.action.id}>
          {item.action.title} ({describe(item)})
        </li>
      ))}
    </ul>
  );
}

/**
 * Who a batch of notifications about actions goes to (reminders, requests for updates): each person
 * with their actions, and the actions no one can be told about because nobody answers for them.
 */
export function PeopleAndActions<I extends Item>(props: {
  /** The table's name, e.g. "Who will be reminded". */
  label: string;
  people: readonly { readonly recipient: Member; readonly items: readonly I[] }[];
  unreached: readonly I[];
  /** What is said of each action in brackets after its title. */
  describe: (item: I) => string;
  /** e.g. "remind" in "No one to remind about this action". */
  verb: string;
}) {
  const { people, unreached, describe } = props;
  return (
    <>
      {people.length > 0 && (
        <DataTable label={props.label} size="small" columns={['Person', 'Actions']}>
          {people.map((p) => (
            <TableRow key={p.recipient.userId}>
              <TableCell>{p.recipient.displayName}</TableCell>
              <TableCell>
                <ActionList items={p.items} describe={describe} />
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {unreached.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              No one to {props.verb} about {unreached.length === 1 ? 'this action' : 'these actions'}
            </MessageBarTitle>
            They have no lead officer, and their agency has no owner in the plan. Add one in Agencies and people.
            <ActionList items={unreached} describe={describe} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
