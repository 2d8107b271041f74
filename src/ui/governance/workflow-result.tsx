import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { WorkflowResult } from './use-workflow';

/** What a workflow form's last action did: announced politely on success, assertively on refusal. */
export function WorkflowResultBar({ result }: { result: WorkflowResult | null }) {
  if (!result) return null;
  return (
    <MessageBar intent={result.intent} role={result.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{result.message}</MessageBarBody>
    </MessageBar>
  );
}
