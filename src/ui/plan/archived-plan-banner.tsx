import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { canArchivePlan } from '../../domain/permissions';
import type { Plan } from '../../domain/plan';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { useStore } from '../common/use-store';
import { useSetArchived } from '../common/use-set-archived';

/** Says an opened plan is archived (hidden from the lists); plan admins can restore it from here. */
export function ArchivedPlanBanner({ plan }: { plan: Plan }) {
  const { planView } = useServices();
  const me = useStore(planView, (s) => s.me);
  const restore = useSetArchived();
  if (!plan.archived) return null;
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This plan was archived</MessageBarTitle>
          This plan was archived, so it is hidden from the plan list and the plan switcher. It is kept as it was and can
          still be read.
          {canArchivePlan(me) ? ' Restore it to work on it again.' : ' A plan admin can restore it.'}
        </MessageBarBody>
        {canArchivePlan(me) && (
          <MessageBarActions>
            <Button disabledFocusable={restore.busy} onClick={() => void restore.run(false)}>
              Restore plan
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {restore.problem && <ProblemBar title="The plan was not restored" message={restore.problem} />}
    </>
  );
}
