import { Button, Field, Input, TableCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import type { Agency } from '../../domain/agency';
import { addAgency, removeAgency, renameAgency } from '../../domain/agency-config';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Result } from '../../domain/result';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';
import { ListEditorSection } from './list-editor-section';

export function AgenciesEditor({ snapshot }: { snapshot: PlanSnapshot }) {
  const { planView } = useServices();
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const agencies = snapshot.plan.agencies;
  const save = useCommand((next: Agency[]) => planView.getState().saveAgencies(next, agencies), {
    success: 'done',
    keepProblemWhileBusy: true,
  });
  /** Saves a change made to `agencies`: changes others saved meanwhile are merged in, agency by agency. */
  const apply = async (result: Result<Agency[], { message: string }>, after?: () => void) => {
    if (!result.ok) return save.setProblem(result.error.message);
    if ((await save.run(result.value)).status === 'done') after?.();
  };
  return (
    <ListEditorSection
      headingId="agencies-heading"
      heading="Partner agencies in this plan"
      tableLabel="Partner agencies"
      columns={['Short name', 'Full name', 'Actions led', 'Remove']}
      rows={agencies.map((a) => (
        <AgencyRow
          key={a.key}
          agency={a}
          snapshot={snapshot}
          onRename={(n, s) => void apply(renameAgency(agencies, a.key, n, s))}
          onRemove={() => void apply(removeAgency(agencies, a.key, snapshot))}
        />
      ))}
      addForm={
        <>
          <Field label="New agency: full name">
            <Input value={name} onChange={(_e, d) => setName(d.value)} />
          </Field>
          <Field label="New agency: short name">
            <Input value={shortName} onChange={(_e, d) => setShortName(d.value)} />
          </Field>
          <Button
            onClick={() => void apply(addAgency(agencies, name, shortName), () => (setName(''), setShortName('')))}
          >
            Add agency
          </Button>
        </>
      }
      problem={save.problem}
    />
  );
}

function AgencyRow(props: {
  agency: Agency;
  snapshot: PlanSnapshot;
  onRename: (name: string, shortName: string) => void;
  onRemove: () => void;
}) {
  const { agency } = props;
  const [name, setName] = useState(agency.name);
  const [shortName, setShortName] = useState(agency.shortName);
  const led = props.snapshot.actions.filter((a) => a.leadAgency === agency.key).length;
  const commit = () => (name !== agency.name || shortName !== agency.shortName) && props.onRename(name, shortName);
  /** A name typed in place, saved when the box loses focus. */
  const nameCell = (what: string, value: string, set: (value: string) => void) => (
    <TableCell>
      <Input
        aria-label={`${what} of ${agency.shortName}`}
        value={value}
        onChange={(_e, d) => set(d.value)}
        onBlur={commit}
      />
    </TableCell>
  );
  return (
    <TableRow>
      {nameCell('Short name', shortName, setShortName)}
      {nameCell('Full name', name, setName)}
      <TableCell>{led}</TableCell>
      <TableCell>
        <Button appearance="subtle" onClick={props.onRemove} aria-label={`Remove ${agency.shortName}`}>
          Remove
        </Button>
      </TableCell>
    </TableRow>
  );
}
