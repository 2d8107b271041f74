import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ROLE_LABEL } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { ActionId, FindingId } from '../../domain/ids';
import { isAdminRole } from '../../domain/workflow/actor';
import type { CommentTarget, ReviewComment } from '../../domain/workflow/review-comment';
import { useGovernanceStyles } from './governance.styles';
import { refusalOf, whenText, type GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowForm } from './workflow-form';
import { WorkflowResultBar } from './workflow-result';
import { selectOptions } from '../common/choice-options';

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function targetText(target: CommentTarget, snapshot: PlanSnapshot): string {
  if (target.kind === 'plan') return 'the plan as a whole';
  if (target.kind === 'finding') {
    const finding = snapshot.findings.find((f) => f.id === target.findingId);
    return `finding: ${finding ? clip(finding.text) : '(removed)'}`;
  }
  const action = snapshot.actions.find((a) => a.id === target.actionId);
  return `action: ${action ? clip(action.title) : '(removed)'}`;
}

const encodeTarget = (t: CommentTarget) =>
  t.kind === 'plan' ? 'plan' : t.kind === 'finding' ? `finding:${t.findingId}` : `action:${t.actionId}`;

function decodeTarget(value: string): CommentTarget {
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (kind === 'finding') return { kind: 'finding', findingId: id as FindingId };
  if (kind === 'action') return { kind: 'action', actionId: id as ActionId };
  return { kind: 'plan' };
}

/** The partnership's comments on the draft, on the plan, a finding or an action, each resolved or open. */
export function ReviewComments({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const { comments, resolutions } = view.governance;
  const canComment =
    refusalOf(view, { type: 'add-comment', target: { kind: 'plan' }, text: 'x' })?.code !== 'WORKFLOW.WRONG_STAGE';
  const open = comments.filter((c) => !resolutions.some((r) => r.commentId === c.id)).length;
  return (
    <section className={styles.section} aria-labelledby="comments-heading">
      <Text as="h3" id="comments-heading" size={400} weight="semibold">
        Partnership review comments ({open} open of {comments.length})
      </Text>
      {view.me && view.me.role !== 'reader' && canComment ? (
        <CommentForm view={view} />
      ) : (
        <Text>Comments on the draft open at partnership review.</Text>
      )}
      {comments.length > 0 && (
        <ul className={styles.plainList} aria-label="Review comments">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} view={view} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CommentForm({ view }: { view: GovernanceView }) {
  const [target, setTarget] = useState('plan');
  const [text, setText] = useState('');
  const { busy, result, run } = useWorkflow();
  const add = async () => {
    if (await run({ type: 'add-comment', target: decodeTarget(target), text }, 'Comment added.')) setText('');
  };
  return (
    <WorkflowForm send="Add comment" primary busy={busy} onSend={() => void add()} result={result}>
      <Field label="Comment on">
        <Select value={target} onChange={(_e, d) => setTarget(d.value)}>
          <option value="plan">The plan as a whole</option>
          <optgroup label="Findings">
            {selectOptions(view.snapshot.findings, (f) => [
              encodeTarget({ kind: 'finding', findingId: f.id }),
              clip(f.text),
            ])}
          </optgroup>
          <optgroup label="Actions">
            {selectOptions(view.snapshot.actions, (a) => [
              encodeTarget({ kind: 'action', actionId: a.id }),
              clip(a.title),
            ])}
          </optgroup>
        </Select>
      </Field>
      <Field label="Your comment">
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" />
      </Field>
    </WorkflowForm>
  );
}

function CommentItem({ comment, view }: { comment: ReviewComment; view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const resolution = view.governance.resolutions.find((r) => r.commentId === comment.id);
  const mayResolve =
    !resolution && view.me !== null && (isAdminRole(view.me.role) || view.me.userId === comment.author.userId);
  return (
    <li className={styles.card}>
      <Text weight="semibold">
        {comment.author.name} ({ROLE_LABEL[comment.author.role]}) on {targetText(comment.target, view.snapshot)}
      </Text>
      <Text size={200} className={styles.muted}>
        {whenText(comment.at)}
      </Text>
      <Text>{comment.text}</Text>
      <Text weight="semibold">
        {resolution
          ? `Resolved by ${resolution.by.name} on ${whenText(resolution.at)}${resolution.note ? `: ${resolution.note}` : ''}`
          : 'Open'}
      </Text>
      {mayResolve && <ResolveForm comment={comment} />}
    </li>
  );
}

function ResolveForm({ comment }: { comment: ReviewComment }) {
  const styles = useGovernanceStyles();
  const [note, setNote] = useState('');
  const { busy, result, run } = useWorkflow();
  return (
    <div className={styles.column}>
      <div className={styles.form}>
        <Field label={`How ${comment.author.name}’s comment was dealt with`} className={styles.grow}>
          <Input value={note} onChange={(_e, d) => setNote(d.value)} />
        </Field>
        <Button
          disabledFocusable={busy}
          onClick={() => void run({ type: 'resolve-comment', commentId: comment.id, note }, 'Comment resolved.')}
        >
          Resolve comment
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
