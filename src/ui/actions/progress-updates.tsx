import { Button, Dropdown, Field, Option, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ACTION_STATUS_META, ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/action';
import { formatDateTime } from '../../domain/dates';
import type { ProgressUpdate } from '../../domain/progress-update';
import { useServices } from '../app-services';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

const KEEP = 'keep';

export function ProgressUpdates({
  action,
  updates,
  canPost,
}: {
  action: Action;
  updates: readonly ProgressUpdate[];
  canPost: boolean;
}) {
  const styles = useStyles();
  const newestFirst = [...updates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className={styles.section} aria-labelledby="updates-heading">
      <h3 className={styles.heading} id="updates-heading">
        Progress updates
      </h3>
      {canPost && <PostUpdateForm action={action} />}
      {newestFirst.length === 0 ? (
        <Text italic>No progress updates yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Progress updates, newest first">
          {newestFirst.map((u) => (
            <li key={u.id} className={styles.item}>
              <Text size={200} block>
                {formatDateTime(u.at)}, {u.authorName}
                {u.status ? `, status set to ${ACTION_STATUS_META[u.status].label}` : ''}
              </Text>
              <Text block>{u.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PostUpdateForm({ action }: { action: Action }) {
  const styles = useStyles();
  const { planView } = useServices();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ActionStatus | typeof KEEP>(KEEP);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const post = async () => {
    setBusy(true);
    const outcome = await planView.getState().postUpdate(action.id, text, status === KEEP ? null : status);
    setBusy(false);
    if (outcome.status === 'posted') {
      setText('');
      setStatus(KEEP);
      setProblem(undefined);
    } else setProblem(outcome.message);
  };
  const statusText =
    status === KEEP ? `Keep as ${ACTION_STATUS_META[action.status].label}` : ACTION_STATUS_META[status].label;
  return (
    <div className={styles.form}>
      <Field label="New progress update" validationMessage={problem}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label="Status with this update">
        <Dropdown
          value={statusText}
          selectedOptions={[status]}
          onOptionSelect={(_e, d) => d.optionValue && setStatus(d.optionValue as ActionStatus)}
        >
          <Option value={KEEP} text={`Keep as ${ACTION_STATUS_META[action.status].label}`}>
            {`Keep as ${ACTION_STATUS_META[action.status].label}`}
          </Option>
          {ACTION_STATUSES.filter((s) => s !== action.status).map((s) => (
            <Option key={s} value={s} text={ACTION_STATUS_META[s].label}>
              {`${ACTION_STATUS_META[s].label} (${ACTION_STATUS_META[s].ragLabel})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button onClick={() => void post()} disabledFocusable={busy}>
          {busy ? 'Posting…' : 'Post update'}
        </Button>
      </div>
    </div>
  );
}
