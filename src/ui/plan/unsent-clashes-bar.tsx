import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { formatRoute } from '../routing/route';

/**
 * Edits made offline that met someone else's change to the same fields when they were sent: kept
 * on this device, and listed here until the person opens each and chooses what to keep.
 */
export function UnsentClashesBar({ snapshot }: { snapshot: PlanSnapshot }) {
  const { planView } = useServices();
  const marks = useStore(planView, (s) => s.marks);
  const clashing = snapshot.actions.filter((a) => marks[a.id] === 'clash');
  if (clashing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {clashing.length === 1
            ? 'One of your changes was not saved'
            : `${clashing.length} of your changes were not saved`}
        </MessageBarTitle>
        Someone else changed the same fields before your change could be sent. Your change is kept on this device: open
        the action to choose what to keep.
        <ul>
          {clashing.map((action) => (
            <li key={action.id}>
              <Link href={formatRoute({ name: 'plan', planId: action.planId, actionId: action.id })}>
                {action.title}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
