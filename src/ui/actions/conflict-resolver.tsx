import {
  Button,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Action } from '../../domain/action';
import {
  ACTION_FIELD_LABEL,
  changedActionFields,
  describeActionField,
  mergeActions,
  type EditableActionField,
} from '../../domain/action-diff';
import { agencyLabel } from '../../domain/agency';
import type { PlanSnapshot } from '../../domain/plan-snapshot';

interface Props {
  readonly mine: Action;
  readonly theirs: Action;
  readonly snapshot: PlanSnapshot;
  readonly busy: boolean;
  readonly onResolve: (merged: Action) => void;
}

/** Someone saved first: show their value and yours field by field, and let the person choose each. */
export function ConflictResolver({ mine, theirs, snapshot, busy, onResolve }: Props) {
  const fields = changedActionFields(mine, theirs);
  const [keepMine, setKeepMine] = useState<ReadonlySet<EditableActionField>>(() => new Set(fields));
  const who = snapshot.members.find((m) => m.userId === theirs.updatedBy)?.displayName ?? 'Someone else';
  const names = (key: string) =>
    snapshot.members.find((m) => m.id === key)?.displayName ?? agencyLabel(snapshot.plan.agencies, key);
  const choose = (field: EditableActionField, value: string) => {
    const next = new Set(keepMine);
    if (value === 'mine') next.add(field);
    else next.delete(field);
    setKeepMine(next);
  };
  return (
    <section aria-labelledby="conflict-heading">
      <Text as="h3" id="conflict-heading" weight="semibold" block>
        {who} changed this action while you were editing it
      </Text>
      <Text block>Choose, for each field, whose value to keep. Nothing you typed is lost until you save.</Text>
      <Table aria-label="Differences between their version and yours">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Field</TableHeaderCell>
            <TableHeaderCell>Their value</TableHeaderCell>
            <TableHeaderCell>Your value</TableHeaderCell>
            <TableHeaderCell>Keep</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell>{ACTION_FIELD_LABEL[field]}</TableCell>
              <TableCell>{describeActionField(theirs, field, names)}</TableCell>
              <TableCell>{describeActionField(mine, field, names)}</TableCell>
              <TableCell>
                <RadioGroup
                  aria-label={`Keep which ${ACTION_FIELD_LABEL[field].toLowerCase()}`}
                  value={keepMine.has(field) ? 'mine' : 'theirs'}
                  onChange={(_e, d) => choose(field, d.value)}
                  layout="horizontal"
                >
                  <Radio value="theirs" label="Theirs" />
                  <Radio value="mine" label="Mine" />
                </RadioGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button
        appearance="primary"
        disabledFocusable={busy}
        onClick={() => onResolve(mergeActions(mine, theirs, keepMine))}
      >
        {busy ? 'Saving…' : 'Save the chosen values'}
      </Button>
    </section>
  );
}
