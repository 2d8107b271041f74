import { Spinner, makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import type { Action } from '../../domain/action';
import type { PlanId } from '../../domain/ids';
import type { Member } from '../../domain/member';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { UnsentClashesBar } from './unsent-clashes-bar';
import { WaitingToSendBar } from './waiting-to-send-bar';
import { everyWhileVisible } from '../common/every-while-visible';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { usePick } from '../common/use-store';
import { useShownWhileClosing } from '../common/use-shown-while-closing';
import { ActionEditDialog } from '../actions/action-edit-dialog';
import type { PlanViewName, Route } from '../routing/route';
import { FindingsList } from './findings-list';
import { MyActions } from './my-actions';
import { SubmissionPanel } from '../submission/submission-panel';
import { GovernancePanel } from '../governance/governance-panel';
import { WorkflowNoticeBar } from '../governance/workflow-notice-bar';
import { ReadyToSignGate } from '../signing/ready-to-sign-gate';
import { PlanGrid } from './plan-grid';
import { PlanHeader } from './plan-header';
import { PlanTabs } from './plan-tabs';
import { ArchivedPlanBanner } from './archived-plan-banner';
import { AddFindingButton } from './add-finding-button';
import { FindingDialogsProvider } from './finding-dialogs';
import { stack } from '../common/stack';

/** Charts and aggregations load only when the dashboard is opened. */
const DashboardPanel = lazy(() => import(/* webpackChunkName: "dashboard" */ '../dashboard/dashboard-panel'));

const useStyles = makeStyles({
  page: stack('XL'),
});

type PlanRoute = Extract<Route, { name: PlanViewName }>;

export interface PlanPageProps {
  readonly route: PlanRoute;
  readonly navigate: (route: Route) => void;
  /** What the settings tab shows: given by the caller, which composes the plan's screens. */
  readonly SettingsView: ComponentType<{ snapshot: PlanSnapshot; me: Member | null }>;
}

export function PlanPage({ route, navigate, SettingsView }: PlanPageProps) {
  const styles = useStyles();
  const { planView } = useServices();
  const { load, snapshot, me, governance } = usePick(planView, 'load', 'snapshot', 'me', 'governance');
  useOpenPlan(route.planId);

  if (load.status === 'error') {
    return (
      <ProblemBar
        title="The plan could not be loaded"
        message={load.problem.message}
        onRetry={() => void planView.getState().reload()}
      />
    );
  }
  if (!snapshot || snapshot.plan.id !== route.planId) return <Spinner label="Loading the plan…" />;
  const action = route.actionId ? snapshot.actions.find((a) => a.id === route.actionId) : undefined;
  const closeDialog = () => navigate({ name: route.name, planId: route.planId });
  return (
    <div className={styles.page}>
      <PlanHeader plan={snapshot.plan} governance={governance} />
      <ReadyToSignGate planId={route.planId} onGovernanceTab={route.name === 'governance'} />
      <ArchivedPlanBanner plan={snapshot.plan} />
      <WorkflowNoticeBar planId={route.planId} />
      <WaitingToSendBar />
      <UnsentClashesBar snapshot={snapshot} />
      <PlanTabs route={route} admin={isPlanAdmin(me)} />
      {route.name === 'my-actions' && <MyActions snapshot={snapshot} me={me} />}
      {route.name === 'grid' && <PlanGrid snapshot={snapshot} />}
      {route.name === 'settings' && <SettingsView snapshot={snapshot} me={me} />}
      {route.name === 'submission' && <SubmissionPanel snapshot={snapshot} />}
      {route.name === 'governance' && <GovernancePanel />}
      {route.name === 'dashboard' && (
        <Suspense fallback={<Spinner label="Loading the dashboard…" />}>
          <DashboardPanel snapshot={snapshot} />
        </Suspense>
      )}
      {route.name === 'plan' && (
        <FindingDialogsProvider>
          <AddFindingButton />
          <FindingsList snapshot={snapshot} focusFindingId={route.findingId} />
        </FindingDialogsProvider>
      )}
      <RoutedActionDialog action={action} onClose={closeDialog} />
      {route.actionId && !action && (
        <ProblemBar title="Action not found" message="This action is not in the plan; it may have been deleted." />
      )}
    </div>
  );
}

function useOpenPlan(planId: PlanId) {
  const { planView, liveChangesEveryMs } = useServices();
  useEffect(() => {
    if (planView.getState().snapshot?.plan.id !== planId) void planView.getState().open(planId);
  }, [planView, planId]);
  // Others' changes arrive while the plan is open and the tab is visible.
  useEffect(
    () => everyWhileVisible(document, liveChangesEveryMs, () => planView.getState().checkForChanges()),
    [planView, planId, liveChangesEveryMs],
  );
}

/**
 * Keeps the action dialog mounted while it closes: unmounting an open Fluent dialog leaves the
 * page behind it hidden from assistive technology. Each opening starts from the stored action.
 */
function RoutedActionDialog({ action, onClose }: { action: Action | undefined; onClose: () => void }) {
  const { open, shown, opens } = useShownWhileClosing(action);
  if (!shown) return null;
  return <ActionEditDialog key={`${shown.id}-${opens}`} action={shown} open={open} onClose={onClose} />;
}
