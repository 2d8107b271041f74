import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { agencyLabel } from '../../domain/agency';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';

/** Says, on the action itself, that someone who could not save it did: moved it, or changed it. */
export function UnallowedChange({ action }: { action: Action }) {
  const { planView } = useServices();
  const change = useStore(planView, (s) => s.trust?.unallowedChanges.find((c) => c.action.id === action.id));
  const agencies = useStore(planView, (s) => s.snapshot?.plan.agencies);
  if (!change) return null;
  return (
    <MessageBar intent="warning" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>
          {change.kind === 'moved'
            ? `Moved to ${agencyLabel(agencies ?? [], change.action.leadAgency)} without a plan admin`
            : 'Changed by someone who may not change it'}
        </MessageBarTitle>
        {change.reason}
      </MessageBarBody>
    </MessageBar>
  );
}
