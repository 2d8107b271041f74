import { Button, Field, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { SignOffDecision } from '../../domain/sign-off';
import { useGovernanceStyles } from './governance.styles';
import { useWorkflow } from './use-workflow';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { WorkflowResultBar } from './workflow-result';

export interface DecisionFormProps {
  /** Names the comment box, e.g. "Comment on Police actions". */
  readonly commentLabel: string;
  readonly approveLabel: string;
  readonly returnLabel: string;
  /** The event for a decision; built at the moment of deciding so it carries the hash shown now. */
  readonly eventFor: (decision: SignOffDecision, comment: string) => WorkflowEvent;
  readonly successFor: (decision: SignOffDecision) => string;
  /** Hears of each decision the plan's record took. */
  readonly onDone?: (decision: SignOffDecision) => void;
}

const COMMENT_NEEDED = 'Say what must change before you return the plan.';

/** Approve or return, with a comment (required to return), as one sign-off. */
export function DecisionForm(props: DecisionFormProps) {
  const styles = useGovernanceStyles();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const { busy, result, run } = useWorkflow();
  const decide = async (decision: SignOffDecision) => {
    if (decision === 'return' && !comment.trim()) {
      setMissing(true);
      commentBox.current?.focus();
      return;
    }
    if (!(await run(props.eventFor(decision, comment), props.successFor(decision)))) return;
    setComment('');
    props.onDone?.(decision);
  };
  return (
    <div className={styles.column}>
      <Field
        label={props.commentLabel}
        hint="Optional when you approve; say what must change when you return."
        validationMessage={missing && !comment.trim() ? COMMENT_NEEDED : undefined}
      >
        <Textarea ref={commentBox} value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void decide('approve')}>
          {props.approveLabel}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void decide('return')}>
          {props.returnLabel}
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
