import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ACTION_STATUS_META, ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/action';
import { formatDateTime } from '../../domain/dates';
import { byUpdateTime, latestUpdateOn } from '../../domain/monitoring/action-facts';
import type { ProgressUpdate } from '../../domain/progress-update';
import type { UncountedUpdate } from '../../domain/update-standing';
import type { UpdateOutcome } from '../../state/plan-view/plan-view-store';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { plainList, stack } from '../common/stack';
import { UncountedUpdates } from './uncounted-updates';

const useStyles = makeStyles({
  section: { ...stack('S'), marginTop: tokens.spacingVerticalL },
  list: plainList('S'),
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  unsent: {
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorStatusWarningBorderActive}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  form: stack('S'),
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** The title of the notice for an update kept on this device. */
export const KEPT_TITLE = 'Kept on this device, not yet in SharePoint';

const KEEP = 'keep';
const NO_UNCOUNTED: readonly UncountedUpdate[] = [];
const keepLabel = (action: Action) => `Keep as ${ACTION_STATUS_META[action.status].label}`;
const statusNote = (update: ProgressUpdate) =>
  update.status ? `, status set to ${ACTION_STATUS_META[update.status].label}` : '';

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
  const { planView } = useServices();
  const allUncounted = useStore(planView, (s) => s.trust?.uncountedUpdates ?? NO_UNCOUNTED);
  const uncounted = allUncounted.filter((u) => u.update.actionId === action.id);
  const newestFirst = [...updates].sort((a, b) => byUpdateTime(b, a));
  return (
    <section className={styles.section} aria-labelledby="updates-heading">
      <h3 className={styles.heading} id="updates-heading">
        Progress updates
      </h3>
      {canPost && <PostUpdateForm action={action} />}
      <UnsentUpdates action={action} />
      <UncountedUpdates updates={uncounted} />
      {newestFirst.length === 0 ? (
        <Text italic>{uncounted.length > 0 ? 'No counted progress updates yet.' : 'No progress updates yet.'}</Text>
      ) : (
        <ul className={styles.list} aria-label="Progress updates, newest first">
          {newestFirst.map((u) => (
            <li key={u.id} className={styles.item}>
              <Text size={200} block>
                {formatDateTime(u.at)}, {u.authorName}
                {statusNote(u)}
              </Text>
              <Text block>{u.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const NO_UPDATES: readonly ProgressUpdate[] = [];

/** The newest progress update on an action, as the person writing the next one needs it. */
export function LatestUpdate({ action }: { action: Action }) {
  const { planView } = useServices();
  const updates = useStore(planView, (s) => s.snapshot?.updates ?? NO_UPDATES);
  const latest = latestUpdateOn(updates, action.id);
  if (!latest) return <Text italic>No progress updates yet.</Text>;
  return (
    <div>
      <Text size={200} block>
        Last update: {formatDateTime(latest.at)}, {latest.authorName}
        {statusNote(latest)}
      </Text>
      <Text block>{latest.text}</Text>
    </div>
  );
}

/** The person's updates on this action that SharePoint does not have yet, with why. */
function UnsentUpdates({ action }: { action: Action }) {
  const styles = useStyles();
  const { planView } = useServices();
  const all = useStore(planView, (s) => s.unsentUpdates);
  const unsent = all.filter((p) => p.update.actionId === action.id);
  if (unsent.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Your updates not yet sent">
      {unsent.map(({ update, problem }) => (
        <li key={update.id} className={styles.unsent}>
          <Text size={200} block>
            {formatDateTime(update.at)}, {update.authorName}
            {statusNote(update)}. {problem ? `Not sent: ${problem}` : `${KEPT_TITLE}.`}
          </Text>
          <Text block>{update.text}</Text>
          {problem && (
            <Button size="small" onClick={() => planView.getState().discardUpdate(update.id)}>
              Discard this update
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What a progress update form holds, and posting it; `initialStatus` is the status it opens with. */
export function usePostUpdate(action: Action, initialStatus: ActionStatus | null = null) {
  const { planView } = useServices();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ActionStatus | null>(initialStatus);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const post = async (): Promise<UpdateOutcome> => {
    setBusy(true);
    const outcome = await planView.getState().postUpdate(action.id, text, status);
    setBusy(false);
    if (outcome.status === 'posted' || outcome.status === 'queued') {
      setText('');
      setStatus(null);
      setProblem(undefined);
    } else setProblem(outcome.message);
    return outcome;
  };
  return { text, setText, status, setStatus, problem, busy, post };
}

export type PostUpdateFormState = ReturnType<typeof usePostUpdate>;

export function UpdateTextField({
  form,
  label,
  hint,
  required,
}: {
  form: PostUpdateFormState;
  label: string;
  hint?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} required={required} validationMessage={form.problem}>
      <Textarea value={form.text} onChange={(_e, d) => form.setText(d.value)} resize="vertical" />
    </Field>
  );
}

export function UpdateStatusField({
  action,
  form,
  label,
}: {
  action: Action;
  form: PostUpdateFormState;
  label: string;
}) {
  const { status } = form;
  return (
    <Field label={label}>
      <Dropdown
        value={status ? ACTION_STATUS_META[status].label : keepLabel(action)}
        selectedOptions={[status ?? KEEP]}
        onOptionSelect={(_e, d) =>
          d.optionValue && form.setStatus(d.optionValue === KEEP ? null : (d.optionValue as ActionStatus))
        }
      >
        <Option value={KEEP} text={keepLabel(action)}>
          {keepLabel(action)}
        </Option>
        {ACTION_STATUSES.filter((s) => s !== action.status).map((s) => (
          <Option key={s} value={s} text={ACTION_STATUS_META[s].label}>
            {`${ACTION_STATUS_META[s].label} (${ACTION_STATUS_META[s].ragLabel})`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function PostUpdateForm({ action }: { action: Action }) {
  const styles = useStyles();
  const { planView } = useServices();
  const form = usePostUpdate(action);
  const [outcome, setOutcome] = useState<UpdateOutcome | null>(null);
  // Said only while something waits: once sent, the update is in the list below.
  const waiting = useStore(planView, (s) => s.unsentUpdates.some((p) => p.update.actionId === action.id && !p.problem));
  const post = async () => setOutcome(await form.post());
  return (
    <div className={styles.form}>
      <UpdateTextField form={form} label="New progress update" />
      <UpdateStatusField action={action} form={form} label="Status with this update" />
      <div>
        <Button onClick={() => void post()} disabledFocusable={form.busy}>
          {form.busy ? 'Posting…' : 'Post update'}
        </Button>
      </div>
      <div role="status">
        {outcome?.status === 'posted' && <Text>Update posted.</Text>}
        {outcome?.status === 'queued' && waiting && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{KEPT_TITLE}</MessageBarTitle>
              {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
