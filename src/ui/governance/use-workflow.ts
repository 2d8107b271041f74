import { useState } from 'react';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';

export interface WorkflowResult {
  readonly intent: 'success' | 'error';
  readonly message: string;
}

/** Sends workflow events through the plan view store and keeps what happened for the form to say. */
export function useWorkflow() {
  const { planView } = useServices();
  const [success, setSuccess] = useState<string | null>(null);
  const dispatch = useCommand((event: WorkflowEvent) => planView.getState().dispatch(event), { success: 'done' });
  const run = async (event: WorkflowEvent, message: string): Promise<boolean> => {
    setSuccess(null);
    const done = (await dispatch.run(event)).status === 'done';
    if (done) setSuccess(message);
    return done;
  };
  const fail = (message: string) => {
    setSuccess(null);
    dispatch.setProblem(message);
  };
  const result: WorkflowResult | null =
    dispatch.problem !== null
      ? { intent: 'error', message: dispatch.problem }
      : success !== null
        ? { intent: 'success', message: success }
        : null;
  return { busy: dispatch.busy, result, run, fail };
}
