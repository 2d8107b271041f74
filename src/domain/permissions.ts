import type { Action } from './action';
import { agencyLabel, type Agency, type AgencyKey } from './agency';
import { agencyActedFor, type Member } from './member';

const ADMIN_ROLES = new Set(['plan-admin', 'improvement-lead']);

export const isPlanAdmin = (member: Member | null): boolean => member !== null && ADMIN_ROLES.has(member.role);

/** Why a person may not change an action, or null when they may. */
export function actionEditRefusal(
  member: Member | null,
  action: Pick<Action, 'leadAgency'>,
  agencies: readonly Agency[],
  nextLeadAgency: AgencyKey = action.leadAgency,
): string | null {
  if (member === null) return 'You are not a member of this plan, so you can read it but not change it.';
  if (isPlanAdmin(member)) return null;
  const label = agencyLabel(agencies, action.leadAgency);
  if (member.role !== 'agency-owner' || member.agency === null) {
    return `Only ${label} owners and plan admins can change this action.`;
  }
  if (member.agency !== action.leadAgency) return `Only ${label} owners and plan admins can change this action.`;
  if (nextLeadAgency !== action.leadAgency) {
    return `Only plan admins can hand an action to another agency; ask the DCS's team to move it.`;
  }
  return null;
}

export const canEditAction = (member: Member | null, action: Pick<Action, 'leadAgency'>): boolean =>
  actionEditRefusal(member, action, []) === null;

/** Admins add actions to any agency; owners only to their own. */
export function agenciesMemberCanLead(member: Member | null, agencies: readonly Agency[]): readonly Agency[] {
  if (isPlanAdmin(member)) return agencies;
  if (member?.role === 'agency-owner' && member.agency) return agencies.filter((a) => a.key === member.agency);
  return [];
}

/** Owners and QA leads of the lead agency post progress; plan admins post on any action. */
export function canPostUpdate(member: Member | null, action: Pick<Action, 'leadAgency'>): boolean {
  if (isPlanAdmin(member)) return true;
  return agencyActedFor(member) === action.leadAgency;
}

/** Archiving hides a closed plan from everyday lists; only plan admins may archive or restore one. */
export const canArchivePlan = (member: Member | null): boolean => isPlanAdmin(member);

/** Findings are the letter's words; only plan admins add, change or delete them. */
export const canEditFindings = (member: Member | null): boolean => isPlanAdmin(member);
