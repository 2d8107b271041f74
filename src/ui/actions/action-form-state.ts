import type { Action, ActionStatus, Milestone } from '../../domain/action';
import type { ActionErrors } from '../../domain/action-rules';
import { formatShortDate, parseBritishDate, type IsoDate } from '../../domain/dates';
import type { MemberId } from '../../domain/ids';
import type { RowValue } from './list-fields';

/** What the form holds while the person types: dates as they typed them. */
export interface ActionFormValues {
  readonly title: string;
  readonly leadAgency: string;
  readonly leadOfficer: string;
  readonly sponsoringDirector: string;
  readonly startDate: string;
  readonly targetDate: string;
  readonly successMeasure: string;
  readonly measuredBy: string;
  readonly status: ActionStatus;
  readonly statusReason: string;
  readonly contributingAgencies: readonly string[];
  /** Each milestone as typed: what, and when (dd/mm/yyyy). */
  readonly milestones: readonly RowValue[];
  /** Each evidence link: title and web address. */
  readonly evidence: readonly RowValue[];
}

export function toFormValues(action: Action): ActionFormValues {
  return {
    title: action.title,
    leadAgency: action.leadAgency,
    leadOfficer: action.leadOfficer ?? '',
    sponsoringDirector: action.sponsoringDirector,
    startDate: action.startDate ? formatShortDate(action.startDate) : '',
    targetDate: action.targetDate ? formatShortDate(action.targetDate) : '',
    successMeasure: action.successMeasure,
    measuredBy: action.measuredBy,
    status: action.status,
    statusReason: action.statusReason,
    contributingAgencies: action.contributingAgencies,
    milestones: action.milestones.map((m) => ({ first: m.title, second: formatShortDate(m.due) })),
    evidence: action.evidence.map((e) => ({ first: e.title, second: e.url })),
  };
}

/** Applies the form to the action, or says which typed dates could not be read. */
export function fromFormValues(base: Action, values: ActionFormValues): { action: Action; errors: ActionErrors } {
  const errors: ActionErrors = {};
  const date = (text: string, field: 'startDate' | 'targetDate') => {
    if (!text.trim()) return null;
    const parsed = parseBritishDate(text);
    if (!parsed) errors[field] = 'Enter the date as day/month/year, for example 31/05/2026.';
    return parsed;
  };
  const action: Action = {
    ...base,
    title: values.title.trim(),
    leadAgency: values.leadAgency,
    leadOfficer: (values.leadOfficer || null) as MemberId | null,
    sponsoringDirector: values.sponsoringDirector.trim(),
    startDate: date(values.startDate, 'startDate'),
    targetDate: date(values.targetDate, 'targetDate'),
    successMeasure: values.successMeasure.trim(),
    measuredBy: values.measuredBy.trim(),
    status: values.status,
    statusReason: values.statusReason.trim(),
    contributingAgencies: values.contributingAgencies.filter((a) => a !== values.leadAgency),
    milestones: readMilestones(values.milestones, errors),
    evidence: values.evidence
      .filter((e) => e.first.trim() || e.second.trim())
      .map((e) => ({ title: e.first.trim(), url: e.second.trim() })),
  };
  return { action, errors };
}

function readMilestones(rows: readonly RowValue[], errors: ActionErrors): Milestone[] {
  return rows
    .filter((r) => r.first.trim() || r.second.trim())
    .map((r) => {
      const due = parseBritishDate(r.second);
      if (!due) errors.milestones = 'Give every milestone a date as day/month/year, for example 31/05/2026.';
      return { title: r.first.trim(), due: due ?? ('' as IsoDate), done: false };
    });
}
