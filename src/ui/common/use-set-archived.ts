import { useState } from 'react';
import { useServices } from '../app-services';

/** Archives or restores the open plan, then refreshes the plan list; keeps what went wrong to show. */
export function useSetArchived() {
  const { planView, planList } = useServices();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (archived: boolean): Promise<boolean> => {
    setBusy(true);
    const outcome = await planView.getState().setArchived(archived);
    setBusy(false);
    if (outcome.status !== 'done') {
      setProblem(outcome.message);
      return false;
    }
    setProblem(null);
    void planList.getState().refresh();
    return true;
  };
  return { run, busy, problem };
}
