import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { completionOverTime } from '../../domain/monitoring/completion-over-time';
import { dueSoonActions, overdueActions } from '../../domain/monitoring/due-dates';
import { monitoringSummary } from '../../domain/monitoring/monitoring-summary';
import { nextGovernanceDate } from '../../domain/monitoring/next-governance-date';
import { planTimeAxis } from '../../domain/monitoring/plan-time-axis';
import { actionsByAgencyAndStatus, actionsByFinding } from '../../domain/monitoring/status-counts';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { ChartSection } from './chart-section';
import { CompletionChart, CompletionTable } from './completion-chart';
import { useDashboardStyles } from './dashboard.styles';
import { DUE_SOON_TABLE, DueTable, OVERDUE_TABLE } from './due-tables';
import { FindingBarLabel } from './finding-bar-label';
import { ProgressReportForm } from './progress-report-form';
import { SendReminders } from './send-reminders';
import { AskForUpdates } from './ask-for-updates';
import { DashboardSection } from './dashboard-section';
import { StackedBarChart } from './stacked-bar-chart';
import { StatusCountTable } from './status-count-table';
import { SummaryCards } from './summary-cards';

/** Delivery monitoring for one plan; loaded lazily so the first view stays small. */
export default function DashboardPanel({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useDashboardStyles();
  const { today: todayOf, planView } = useServices();
  const today = todayOf();
  const governance = useStore(planView, (s) => s.governance);
  const nextGovernance = useMemo(
    () => (governance ? nextGovernanceDate(governance, snapshot.plan, today) : null),
    [governance, snapshot.plan, today],
  );
  const view = useMemo(() => {
    const axis = planTimeAxis(snapshot, today);
    return {
      summary: monitoringSummary(snapshot, today),
      byAgency: actionsByAgencyAndStatus(snapshot),
      byFinding: actionsByFinding(snapshot),
      overdue: overdueActions(snapshot, today),
      dueSoon: dueSoonActions(snapshot, today),
      axis,
      completion: completionOverTime(snapshot, axis, today),
    };
  }, [snapshot, today]);
  return (
    <section className={styles.page} aria-labelledby="dashboard-heading">
      <Text as="h2" id="dashboard-heading" size={500} weight="semibold">
        Delivery dashboard
      </Text>
      <SummaryCards summary={view.summary} nextGovernance={nextGovernance} />
      <ChartSection
        title="Actions by agency and status"
        description="Each bar is a lead agency; its segments count the agency’s actions by status."
        chart={(labelledBy) => <StackedBarChart rows={view.byAgency} labelledBy={labelledBy} />}
        table={
          <StatusCountTable caption="Actions by agency and status" firstColumn="Lead agency" rows={view.byAgency} />
        }
      />
      <ChartSection
        title="Actions by finding"
        description="Each bar is a finding from the letter, named by its short title (focus or point at it for the letter’s full words); its segments count the actions that answer it by status."
        chart={(labelledBy) => (
          <StackedBarChart
            rows={view.byFinding}
            labelledBy={labelledBy}
            renderLabel={(row) => <FindingBarLabel row={row} planId={snapshot.plan.id} />}
          />
        )}
        table={<StatusCountTable caption="Actions by finding" firstColumn="Finding" rows={view.byFinding} />}
      />
      <ChartSection
        title="Completion over time"
        description="Actions complete at the end of each month, from the progress history, over the plan’s own months."
        chart={(labelledBy) => (
          <CompletionChart axis={view.axis} points={view.completion} today={today} labelledBy={labelledBy} />
        )}
        table={<CompletionTable points={view.completion} />}
      />
      <SendReminders snapshot={snapshot} />
      <DashboardSection title={`Overdue actions (${view.overdue.length})`}>
        <DueTable items={view.overdue} kind={OVERDUE_TABLE} />
      </DashboardSection>
      <DashboardSection title={`Due in the next 30 days (${view.dueSoon.length})`}>
        <DueTable items={view.dueSoon} kind={DUE_SOON_TABLE} />
      </DashboardSection>
      <AskForUpdates snapshot={snapshot} today={today} />
      <ProgressReportForm snapshot={snapshot} today={today} />
    </section>
  );
}
