import { Button, Radio, RadioGroup, TableCell, TableRow, Text } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { ACTION_FIELD_LABEL, describeActionField, namesIn, type EditableActionField } from '../../domain/action-diff';
import type { ThreeWayMerge } from '../../domain/merge/three-way-merge';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { DataTable } from '../common/data-table';
import { useConflictChoices } from '../common/use-conflict-choices';

interface Props {
  readonly mine: Action;
  readonly theirs: Action;
  /** Who saved theirs, as SharePoint recorded them. */
  readonly theirsBy?: string;
  readonly merge: ThreeWayMerge<Action, EditableActionField>;
  readonly snapshot: PlanSnapshot;
  readonly busy: boolean;
  readonly onResolve: (merged: Action) => void;
}

const labels = (fields: readonly EditableActionField[]) =>
  fields.map((f) => ACTION_FIELD_LABEL[f].toLowerCase()).join(', ');

/**
 * Someone saved first. What only one of you changed is already merged; for each field you both
 * changed differently, show their value and yours and let the person choose.
 */
export function ConflictResolver({ mine, theirs, theirsBy, merge, snapshot, busy, onResolve }: Props) {
  const fields = merge.conflicts;
  const choices = useConflictChoices(merge, mine);
  // SharePoint's record of who saved it; the action's own "updated by" column only where it says nothing.
  const who = theirsBy ?? snapshot.members.find((m) => m.userId === theirs.updatedBy)?.displayName ?? 'Someone else';
  const names = namesIn(snapshot);
  const outcomes = Object.entries(merge.outcomes) as [EditableActionField, string][];
  const takenFromThem = outcomes.filter(([, o]) => o === 'theirs').map(([f]) => f);
  const combined = outcomes.filter(([, o]) => o === 'merged-items').map(([f]) => f);
  return (
    <section aria-labelledby="conflict-heading">
      <Text as="h3" id="conflict-heading" weight="semibold" block>
        {who} changed this action while you were editing it
      </Text>
      <Text block>
        Nothing you typed is lost until you save.
        {takenFromThem.length > 0 && ` Their change to ${labels(takenFromThem)} is kept.`}
        {combined.length > 0 && ` Both sets of changes to ${labels(combined)} are kept.`} For each field you both
        changed, choose whose value to keep.
      </Text>
      <DataTable label="Fields you both changed" columns={['Field', 'Their value', 'Your value', 'Keep']}>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell>{ACTION_FIELD_LABEL[field]}</TableCell>
            <TableCell>{describeActionField(theirs, field, names)}</TableCell>
            <TableCell>{describeActionField(mine, field, names)}</TableCell>
            <TableCell>
              <RadioGroup
                aria-label={`Keep which ${ACTION_FIELD_LABEL[field].toLowerCase()}`}
                value={choices.whose(field)}
                onChange={(_e, d) => choices.choose(field, d.value)}
                layout="horizontal"
              >
                <Radio value="theirs" label="Theirs" />
                <Radio value="mine" label="Mine" />
              </RadioGroup>
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onResolve(choices.resolved())}>
        {busy ? 'Saving…' : 'Save the chosen values'}
      </Button>
    </section>
  );
}
