import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { PlanId } from '../../domain/ids';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { formatRoute } from '../routing/route';

/** What a save did to the plan's sign-offs, on every view of the plan until dismissed. */
export function WorkflowNoticeBar({ planId }: { planId: PlanId }) {
  const { planView } = useServices();
  const notice = useStore(planView, (s) => s.workflowNotice);
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent === 'error' ? 'error' : 'info'}
      role={notice.intent === 'error' ? 'alert' : 'status'}
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.message} <Link href={formatRoute({ name: 'governance', planId })}>Open the Governance tab</Link>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => planView.getState().dismissWorkflowNotice()}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
