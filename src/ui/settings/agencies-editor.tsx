import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Agency } from '../../domain/agency';
import { addAgency, removeAgency, renameAgency } from '../../domain/agency-config';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Result } from '../../domain/result';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';
import { row } from '../common/stack';
import { TableHeadings } from '../common/table-headings';

const useStyles = makeStyles({
  form: {
    ...row('M', 'flex-end'),
    marginTop: tokens.spacingVerticalM,
  },
});

export function AgenciesEditor({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useStyles();
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
    <section aria-labelledby="agencies-heading">
      <Text as="h3" id="agencies-heading" size={400} weight="semibold" block>
        Partner agencies in this plan
      </Text>
      <Table aria-label="Partner agencies">
        <TableHeadings columns={['Short name', 'Full name', 'Actions led', 'Remove']} />
        <TableBody>
          {agencies.map((a) => (
            <AgencyRow
              key={a.key}
              agency={a}
              snapshot={snapshot}
              onRename={(n, s) => void apply(renameAgency(agencies, a.key, n, s))}
              onRemove={() => void apply(removeAgency(agencies, a.key, snapshot))}
            />
          ))}
        </TableBody>
      </Table>
      <div className={styles.form}>
        <Field label="New agency: full name">
          <Input value={name} onChange={(_e, d) => setName(d.value)} />
        </Field>
        <Field label="New agency: short name">
          <Input value={shortName} onChange={(_e, d) => setShortName(d.value)} />
        </Field>
        <Button onClick={() => void apply(addAgency(agencies, name, shortName), () => (setName(''), setShortName('')))}>
          Add agency
        </Button>
      </div>
      {save.problem && (
        <Text role="alert" block>
          {save.problem}
        </Text>
      )}
    </section>
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
  return (
    <TableRow>
      <TableCell>
        <Input
          aria-label={`Short name of ${agency.shortName}`}
          value={shortName}
          onChange={(_e, d) => setShortName(d.value)}
          onBlur={commit}
        />
      </TableCell>
      <TableCell>
        <Input
          aria-label={`Full name of ${agency.shortName}`}
          value={name}
          onChange={(_e, d) => setName(d.value)}
          onBlur={commit}
        />
      </TableCell>
      <TableCell>{led}</TableCell>
      <TableCell>
        <Button appearance="subtle" onClick={props.onRemove} aria-label={`Remove ${agency.shortName}`}>
          Remove
        </Button>
      </TableCell>
    </TableRow>
  );
}
