import { useState } from 'react';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { useServices } from '../app-services';

export interface WorkflowResult {
  readonly intent: 'success' | 'error';
  readonly message: string;
}

/** Sends workflow events through the plan view store and keeps what happened for the form to say. */
export function useWorkflow() {
  const { planView } = useServices();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WorkflowResult | null>(null);
  const run = async (event: WorkflowEvent, success: string): Promise<boolean> => {
    setBusy(true);
    setResult(null);
    const outcome = await planView.getState().dispatch(event);
    setBusy(false);
    setResult(
      outcome.status === 'done'
        ? { intent: 'success', message: success }
        : { intent: 'error', message: outcome.message },
    );
    return outcome.status === 'done';
  };
  return { busy, result, run, fail: (message: string) => setResult({ intent: 'error', message }) };
}
