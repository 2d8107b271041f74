import { ACTION_STATUSES, ACTION_STATUS_META, type Action, type ActionStatus, type Rag } from '../domain/action';
import { formatLongDate, type IsoDate } from '../domain/dates';
import { INSPECTION_TYPE_LABEL } from '../domain/plan';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { STAGE_LABEL } from '../domain/workflow/stage-vocabulary';
import { overdueActions } from '../domain/monitoring/due-dates';
import { monitoringSummary } from '../domain/monitoring/monitoring-summary';
import { evidenceInPeriod } from '../domain/monitoring/period-activity';
import { dayOf, type Period } from '../domain/monitoring/period';
import { actionsByAgencyAndStatus, type StatusCounts } from '../domain/monitoring/status-counts';
import { completedActions, statusChangesInPeriod } from '../domain/monitoring/status-history';

/** The progress report as plain data: everything the Word builder writes, already in words. */
export interface ProgressReportModel {
  readonly title: string;
  readonly area: string;
  readonly inspection: string;
  readonly period: Period;
  readonly periodText: string;
  readonly preparedOn: string;
  readonly summary: readonly (readonly [string, string])[];
  readonly statuses: readonly { readonly status: ActionStatus; readonly label: string; readonly rag: Rag }[];
  readonly byAgency: readonly { readonly agency: string; readonly counts: StatusCounts; readonly total: number }[];
  readonly statusChanges: readonly ReportStatusChange[];
  readonly overdue: readonly ReportOverdue[];
  readonly evidence: readonly ReportEvidence[];
  readonly completed: readonly ReportCompleted[];
}

/** A row about one action: the action and its lead agency, by name. */
export interface ReportActionRow {
  /** The action's number in plan order and its title: `3. ` and the title. */
  readonly action: string;
  readonly agency: string;
}

export interface ReportStatusChange extends ReportActionRow {
  readonly date: string;
  readonly from: ActionStatus;
  readonly to: ActionStatus;
  readonly reason: string;
  readonly by: string;
}

export interface ReportOverdue extends ReportActionRow {
  readonly owner: string;
  readonly target: string;
  readonly overdue: string;
  readonly status: ActionStatus;
  readonly explanation: string;
}

export interface ReportEvidence extends ReportActionRow {
  readonly updates: readonly string[];
  readonly evidence: readonly string[];
}

export interface ReportCompleted extends ReportActionRow {
  readonly owner: string;
  readonly completedOn: string;
}

const NO_EXPLANATION = 'No progress update recorded.';

export function buildProgressReportModel(snapshot: PlanSnapshot, period: Period, today: IsoDate): ProgressReportModel {
  const { plan } = snapshot;
  const numbers = actionNumbers(snapshot.actions);
  const rowOf = (about: { readonly action: Action; readonly agencyName: string }): ReportActionRow => ({
    action: `${numbers.get(about.action.id) ?? ''}. ${about.action.title}`,
    agency: about.agencyName,
  });
  const summary = monitoringSummary(snapshot, today);
  const overdue = overdueActions(snapshot, today);
  const changes = statusChangesInPeriod(snapshot, period);
  const completed = completedActions(snapshot, today, period);
  const evidence = evidenceInPeriod(snapshot, period);
  return {
    title: `${plan.area}: progress report on the action plan`,
    area: plan.area,
    inspection: `${INSPECTION_TYPE_LABEL[plan.inspectionType]}${plan.theme ? `: ${plan.theme}` : ''}`,
    period,
    periodText: `${formatLongDate(period.from)} to ${formatLongDate(period.to)}`,
    preparedOn: formatLongDate(today),
    summary: [
      ['Stage', STAGE_LABEL[plan.stage]],
      ['Actions in the plan', String(summary.total)],
      ['Complete', `${summary.counts.complete} (${summary.percentComplete}%)`],
      ['Overdue', String(summary.overdue)],
      ['Due in the next 30 days', String(summary.dueSoon)],
      ['Status changes in the period', String(changes.length)],
      ['Completed in the period', String(completed.length)],
      ['Actions with progress reported in the period', String(evidence.length)],
    ],
    statuses: ACTION_STATUSES.map((status) => ({ status, ...ACTION_STATUS_META[status] })),
    byAgency: actionsByAgencyAndStatus(snapshot)
      .filter((row) => row.total > 0)
      .map((row) => ({ agency: row.label, counts: row.counts, total: row.total })),
    statusChanges: changes.map((c) => ({
      date: formatLongDate(c.date),
      ...rowOf(c),
      from: c.from,
      to: c.to,
      reason: c.reason,
      by: c.authorName,
    })),
    overdue: overdue.map((o) => ({
      ...rowOf(o),
      owner: o.ownerName,
      target: formatLongDate(o.targetDate),
      overdue: `${o.workingDaysOverdue} working ${o.workingDaysOverdue === 1 ? 'day' : 'days'}`,
      status: o.action.status,
      explanation: o.latestUpdate
        ? `${o.latestUpdate.text}\n(${o.latestUpdate.authorName}, ${formatLongDate(dayOf(o.latestUpdate.at))})`
        : o.action.statusReason || NO_EXPLANATION,
    })),
    evidence: evidence.map((e) => ({
      ...rowOf(e),
      updates: e.updates.map((u) => `${formatLongDate(dayOf(u.at))}: ${u.text}`),
      evidence: e.evidence.length > 0 ? e.evidence.map((link) => `${link.title} (${link.url})`) : ['None linked yet.'],
    })),
    completed: completed.map((c) => ({
      ...rowOf(c),
      owner: c.ownerName,
      completedOn: c.completedOn ? formatLongDate(c.completedOn) : 'Not recorded',
    })),
  };
}

/** Actions numbered in plan order, as the plan and the submission show them. */
function actionNumbers(actions: readonly Action[]): Map<string, number> {
  return new Map([...actions].sort((a, b) => a.order - b.order).map((a, i) => [a.id as string, i + 1]));
}
