import { TableCell, TableRow, Text } from '@fluentui/react-components';
import type { SignOff } from '../../domain/sign-off';
import type { ActionChange, ContentChanges } from '../../domain/workflow/changes-since';
import { changesSinceSignOff } from '../../domain/workflow/sign-off-status';
import { ACTION_FIELD_LABEL } from '../../domain/action-diff';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { FINDING_FIELD_LABEL, PLAN_FACT_LABEL, describeSignedField, findingSummary } from './changed-fields';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';
import { DataTable } from '../common/data-table';

/** "What changed since you signed": the content behind the signer's last hash against the plan now. */
export function ChangesSinceSigning({ signOff, view }: { signOff: SignOff; view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const changes = changesSinceSignOff(signOff, view.governance, view.snapshot);
  const headingId = `changes-${signOff.id}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold">
        What changed since you signed on {whenText(signOff.at)}
      </Text>
      {changes === null ? (
        <Text>
          The content you signed was not kept, so the changes cannot be listed. Read the plan before you sign again.
        </Text>
      ) : changes.unchanged ? (
        <Text>Nothing you signed has changed.</Text>
      ) : (
        <ChangeList changes={changes} snapshot={view.snapshot} />
      )}
    </section>
  );
}

function ChangeList({ changes, snapshot }: { changes: ContentChanges; snapshot: PlanSnapshot }) {
  const styles = useGovernanceStyles();
  const lines = [
    ...(changes.planFields.length > 0
      ? [`Plan details changed: ${changes.planFields.map((f) => PLAN_FACT_LABEL[f]).join(', ')}`]
      : []),
    ...changes.findings.added.map((f) => `Finding added: ${findingSummary(f)}`),
    ...changes.findings.removed.map((f) => `Finding removed: ${findingSummary(f)}`),
    ...changes.findings.changed.map(
      (c) => `Finding changed (${c.fields.map((f) => FINDING_FIELD_LABEL[f]).join(', ')}): ${findingSummary(c.after)}`,
    ),
    ...changes.actions.added.map((a) => `Action added: ${a.title}`),
    ...changes.actions.removed.map((a) => `Action removed: ${a.title}`),
  ];
  return (
    <div className={styles.column}>
      {lines.length > 0 && (
        <ul className={styles.list}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {changes.actions.changed.map((change) => (
        <ActionChangeTable key={change.id} change={change} snapshot={snapshot} />
      ))}
    </div>
  );
}

function ActionChangeTable({ change, snapshot }: { change: ActionChange; snapshot: PlanSnapshot }) {
  return (
    <DataTable
      label={`Changes to action: ${change.after.title}`}
      size="small"
      columns={['Field', 'When you signed', 'Now']}
    >
      {change.fields.map((field) => (
        <TableRow key={field}>
          <TableCell>{ACTION_FIELD_LABEL[field]}</TableCell>
          <TableCell>{describeSignedField(change.before, field, snapshot)}</TableCell>
          <TableCell>{describeSignedField(change.after, field, snapshot)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
