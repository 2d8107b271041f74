import { deadlineStatus } from '../domain/deadline-status';
import { formatLongDate, type IsoDate } from '../domain/dates';
import { INSPECTION_TYPE_LABEL, type InspectionType, type Plan } from '../domain/plan';
import type { SubmissionCover, SubmissionDeadline } from './submission-model.types';

const ABBREVIATION: Record<InspectionType, string> = {
  jtai: 'JTAI',
  ilacs: 'ILACS',
  'area-send': 'Area SEND',
  other: 'Inspection',
};

export function buildCover(plan: Plan, today: IsoDate): SubmissionCover {
  return {
    title: `${plan.area}: written statement of action`,
    area: plan.area,
    inspectionType: INSPECTION_TYPE_LABEL[plan.inspectionType],
    inspectionAbbreviation: ABBREVIATION[plan.inspectionType],
    theme: plan.theme.trim() === '' ? null : plan.theme,
    letterDate: plan.letterDate ? formatLongDate(plan.letterDate) : null,
    fieldwork: plan.fieldwork
      ? `${formatLongDate(plan.fieldwork.start)} to ${formatLongDate(plan.fieldwork.end)}`
      : null,
    principalAuthority: plan.principalAuthority,
    deadline: deadlineOf(plan, today),
  };
}

function deadlineOf(plan: Plan, today: IsoDate): SubmissionDeadline | null {
  const status = deadlineStatus(plan, today);
  if (!status) return null;
  return { date: status.deadline, text: formatLongDate(status.deadline), source: status.source };
}
