import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { agencyLabel } from '../../domain/agency';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';

/** Says, on the action itself, that someone who may not hand actions on moved it to its lead agency. */
export function UnconfirmedHandOver({ action }: { action: Action }) {
  const { planView } = useServices();
  const move = useStore(planView, (s) => s.trust?.unconfirmedHandOvers.find((h) => h.action.id === action.id));
  const agencies = useStore(planView, (s) => s.snapshot?.plan.agencies);
  if (!move) return null;
  return (
    <MessageBar intent="warning" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>
          Moved to {agencyLabel(agencies ?? [], move.action.leadAgency)} without a plan admin
        </MessageBarTitle>
        {move.reason}
      </MessageBarBody>
    </MessageBar>
  );
}
