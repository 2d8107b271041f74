import type { Action, ActionStatus } from '../../domain/action';
import type { ActionErrors } from '../../domain/action-rules';
import { formatShortDate, parseBritishDate } from '../../domain/dates';
import type { MemberId } from '../../domain/ids';

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
  };
  return { action, errors };
}
