import type { AgencyKey } from '../agency';
import type { Member, Role } from '../member';

/** The agency key of actions the safeguarding partnership leads itself. */
export const PARTNERSHIP_AGENCY: AgencyKey = 'partnership';

/**
 * The roles a plan can name to quality-assure the partnership's own actions. `agency-qa-lead`
 * means a QA lead whose agency is the partnership.
 */
export const PARTNERSHIP_QA_ROLES = [
  'improvement-lead',
  'plan-admin',
  'safeguarding-partner',
  'agency-qa-lead',
] as const satisfies readonly Role[];
export type PartnershipQaRole = (typeof PARTNERSHIP_QA_ROLES)[number];

export const DEFAULT_PARTNERSHIP_QA_ROLE: PartnershipQaRole = 'improvement-lead';

export const isPartnershipQaRole = (value: unknown): value is PartnershipQaRole =>
  typeof value === 'string' && (PARTNERSHIP_QA_ROLES as readonly string[]).includes(value);

/** Who the role is, as the end of "Only … can quality-assure the partnership's actions". */
export const PARTNERSHIP_QA_WHO: Record<PartnershipQaRole, string> = {
  'improvement-lead': 'the improvement lead',
  'plan-admin': 'a plan admin (the DCS)',
  'safeguarding-partner': 'a safeguarding partner',
  'agency-qa-lead': 'a QA lead for the partnership',
};

/** The parts of a member that decide whose actions they may quality-assure. */
export type QaCandidate = Pick<Member, 'role' | 'agency'>;

/**
 * Whether a member may approve or return an agency's actions at agency QA: the agency's own QA
 * lead always may; for the partnership's actions, so may anyone in the role the plan names.
 */
export function mayQualityAssure(member: QaCandidate, agency: AgencyKey, partnershipRole: PartnershipQaRole): boolean {
  if (member.role === 'agency-qa-lead' && member.agency === agency) return true;
  return agency === PARTNERSHIP_AGENCY && partnershipRole !== 'agency-qa-lead' && member.role === partnershipRole;
}

/** The members who may quality-assure an agency's actions, in membership order. */
export const qaSignersOf = <M extends QaCandidate>(
  members: readonly M[],
  agency: AgencyKey,
  partnershipRole: PartnershipQaRole,
): M[] => members.filter((m) => mayQualityAssure(m, agency, partnershipRole));

/** The agencies among `agencies` whose actions the member may quality-assure. */
export const agenciesAssuredBy = (
  member: QaCandidate,
  agencies: readonly AgencyKey[],
  partnershipRole: PartnershipQaRole,
): AgencyKey[] => agencies.filter((agency) => mayQualityAssure(member, agency, partnershipRole));
