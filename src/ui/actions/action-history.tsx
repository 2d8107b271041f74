import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Action } from '../../domain/action';
import { ACTION_FIELD_LABEL, describeActionField, namesIn } from '../../domain/action-diff';
import type { ActionChange } from '../../domain/action-history';
import { formatDateTime } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { plainList, stack } from '../common/stack';
import { useCommand } from '../common/use-command';
import { useDisclosure } from '../common/use-disclosure';
import { DisclosureButton } from '../common/disclosure-button';

const useStyles = makeStyles({
  section: stack('S', 'flex-start'),
  changes: plainList('M'),
  fields: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A version's author: SharePoint's name for them, else the plan's, else that SharePoint named no one. */
function authorOf(change: ActionChange, snapshot: PlanSnapshot): string {
  return (
    change.by.name || snapshot.members.find((m) => m.userId === change.by.userId)?.displayName || 'Someone unnamed'
  );
}

function ChangeEntry({ change, snapshot }: { change: ActionChange; snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const names = namesIn(snapshot);
  const who = `${authorOf(change, snapshot)}, ${formatDateTime(change.at)} (UK time)`;
  if (change.kind !== 'changed') {
    return (
      <li>
        <Text weight="semibold">{who}</Text>
        {change.kind === 'added'
          ? ': added the action.'
          : ': saved the oldest version SharePoint still keeps; earlier changes are no longer kept.'}
      </li>
    );
  }
  return (
    <li>
      <Text weight="semibold">{who}</Text> changed:
      <ul className={styles.fields}>
        {change.fields.map((field) => (
          <li key={field}>
            {ACTION_FIELD_LABEL[field]}: from {describeActionField(change.before, field, names)} to{' '}
            {describeActionField(change.after, field, names)}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Who changed what in the action, and when, from the versions SharePoint keeps of it (stamped by
 * SharePoint, so no one can write someone else's name into it). Read when first shown.
 */
export function ActionHistory({ action, snapshot }: { action: Action; snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const { planView } = useServices();
  const [changes, setChanges] = useState<readonly ActionChange[] | null>(null);
  const read = useCommand(() => planView.getState().actionHistory(action.id), {
    success: 'read',
    onSuccess: (outcome) => setChanges(outcome.changes),
  });
  // Read when shown, until a read has worked (a failed one also has its own Try again).
  const details = useDisclosure('action-history', () => {
    if (changes === null && !read.busy) void read.run();
  });
  return (
    <section className={styles.section} aria-label="Change history">
      <DisclosureButton disclosure={details}>Change history: who changed what, and when</DisclosureButton>
      <div {...details.panel}>
        {read.busy && <Spinner size="tiny" labelPosition="after" label="Reading the action’s history…" />}
        {read.problem && (
          <ProblemBar title="The history could not be read" message={read.problem} onRetry={() => void read.run()} />
        )}
        {changes && changes.length === 0 && <Text>SharePoint keeps no earlier versions of this action.</Text>}
        {changes && changes.length > 0 && (
          <ul className={styles.changes} aria-label="Changes, newest first">
            {changes.map((change) => (
              <ChangeEntry key={`${change.at}-${change.kind}`} change={change} snapshot={snapshot} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
