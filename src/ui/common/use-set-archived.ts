import { useServices } from '../app-services';
import { useCommand } from './use-command';

/** Archives or restores the open plan, then refreshes the plan list; keeps what went wrong to show. */
export function useSetArchived() {
  const { planView, planList } = useServices();
  return useCommand((archived: boolean) => planView.getState().setArchived(archived), {
    success: 'done',
    keepProblemWhileBusy: true,
    onSuccess: () => void planList.getState().refresh(),
  });
}
