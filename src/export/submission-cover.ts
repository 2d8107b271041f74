import { deadlineStatus } from '../domain/deadline-status';
import { formatLongDate, type IsoDate } from '../domain/dates';
import { ROLES, ROLE_LABEL, type Member } from '../domain/member';
import { INSPECTION_TYPE_LABEL, type InspectionType, type Plan } from '../domain/plan';
import { STAGE_LABEL } from '../domain/stage';
import { agencyName } from './agency-names';
import type { MemberGroup, SubmissionCover, SubmissionDeadline } from './submission-model.types';

const ABBREVIATION: Record<InspectionType, string> = {
  jtai: 'JTAI',
  ilacs: 'ILACS',
  'area-send': 'Area SEND',
  other: 'Inspection',
};

/** Readers have no part in writing or approving the plan, so the cover does not list them. */
const LISTED_ROLES = ROLES.filter((role) => role !== 'reader');

export function buildCover(plan: Plan, members: readonly Member[], today: IsoDate): SubmissionCover {
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
    stage: STAGE_LABEL[plan.stage],
    members: groupMembers(plan, members),
  };
}

function deadlineOf(plan: Plan, today: IsoDate): SubmissionDeadline | null {
  const status = deadlineStatus(plan, today);
  if (!status) return null;
  return { date: status.deadline, text: formatLongDate(status.deadline), source: status.source };
}

function groupMembers(plan: Plan, members: readonly Member[]): MemberGroup[] {
  return LISTED_ROLES.map((role) => ({
    role,
    roleLabel: ROLE_LABEL[role],
    people: members
      .filter((m) => m.role === role)
      .map((m) => ({
        name: m.displayName,
        jobTitle: m.jobTitle,
        agency: m.agency ? agencyName(plan.agencies, m.agency) : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  })).filter((group) => group.people.length > 0);
}
