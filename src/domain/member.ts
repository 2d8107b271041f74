import type { AgencyKey } from './agency';
import type { MemberId, PlanId, UserId } from './ids';

export const ROLES = [
  'plan-admin',
  'improvement-lead',
  'agency-owner',
  'agency-qa-lead',
  'safeguarding-partner',
  'lead-member',
  'chief-executive',
  'reader',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  'plan-admin': 'Plan admin (DCS)',
  'improvement-lead': 'Improvement lead',
  'agency-owner': 'Agency owner',
  'agency-qa-lead': 'Agency QA lead',
  'safeguarding-partner': 'Safeguarding partner',
  'lead-member': 'Lead Member',
  'chief-executive': 'Chief Executive',
  reader: 'Reader',
};

/** Roles that are tied to one agency. */
export const AGENCY_ROLES: readonly Role[] = ['agency-owner', 'agency-qa-lead'];

/** The agency an owner or QA lead acts for; null for anyone whose role is not tied to one. */
export const agencyActedFor = (member: Pick<Member, 'role' | 'agency'> | null): AgencyKey | null =>
  member?.agency && AGENCY_ROLES.includes(member.role) ? member.agency : null;

/** A person's part in one plan. */
export interface Member {
  readonly id: MemberId;
  readonly planId: PlanId;
  readonly userId: UserId;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly role: Role;
  /** Set for agency owners and QA leads (and for partners who represent an agency). */
  readonly agency: AgencyKey | null;
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
