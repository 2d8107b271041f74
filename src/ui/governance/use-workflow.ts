import { useState } from 'react';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';
import { useStore } from '../common/use-store';

export interface WorkflowResult {
  readonly intent: 'success' | 'error';
  readonly message: string;
}

/** How many entries the open plan's sign-off record has: each recorded step adds one. */
const recordLength = (governance: { readonly audit: readonly unknown[] } | null) => governance?.audit.length ?? 0;

/**
 * Sends workflow events through the plan view store and keeps what happened for the form to say.
 * A success is said only until the record moves on (another form's step, or someone else's): "The
 * plan is now at Agency quality assurance" is no longer true once the plan has been sent back.
 */
export function useWorkflow() {
  const { planView } = useServices();
  const recorded = useStore(planView, (s) => recordLength(s.governance));
  const [success, setSuccess] = useState<{ readonly message: string; readonly at: number } | null>(null);
  const dispatch = useCommand((event: WorkflowEvent) => planView.getState().dispatch(event), { success: 'done' });
  const run = async (event: WorkflowEvent, message: string): Promise<boolean> => {
    setSuccess(null);
    const done = (await dispatch.run(event)).status === 'done';
    if (done) setSuccess({ message, at: recordLength(planView.getState().governance) });
    return done;
  };
  const fail = (message: string) => {
    setSuccess(null);
    dispatch.setProblem(message);
  };
  const result: WorkflowResult | null =
    dispatch.problem !== null
      ? { intent: 'error', message: dispatch.problem }
      : success !== null && success.at === recorded
        ? { intent: 'success', message: success.message }
        : null;
  return { busy: dispatch.busy, result, run, fail };
}
