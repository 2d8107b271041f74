import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useGovernanceStyles } from './governance.styles';
import type { WorkflowResult } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';

/** A workflow form: its fields, the one button that sends it, and what the last send did. */
export function WorkflowForm(props: {
  children: ReactNode;
  /** The button's words. */
  send: ReactNode;
  primary?: boolean;
  busy: boolean;
  onSend: () => void;
  result: WorkflowResult | null;
}) {
  const styles = useGovernanceStyles();
  return (
    <div className={styles.column}>
      {props.children}
      <div>
        <Button
          {...(props.primary && { appearance: 'primary' as const })}
          disabledFocusable={props.busy}
          onClick={props.onSend}
        >
          {props.send}
        </Button>
      </div>
      <WorkflowResultBar result={props.result} />
    </div>
  );
}
