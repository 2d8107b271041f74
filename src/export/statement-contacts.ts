import type { AgencyKey } from '../domain/agency';
import type { Member, Role } from '../domain/member';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { signerDescription } from '../domain/statement/statement-signers';
import { agencyName } from './agency-names';
import type { Contact, ContactGroup } from './statement-model.types';

const LEADERSHIP: readonly Role[] = [
  'plan-admin',
  'improvement-lead',
  'safeguarding-partner',
  'lead-member',
  'chief-executive',
];

const LEAD_OFFICER = 'Lead officer';
const QUALITY_ASSURANCE = 'Quality assurance';

const byName = (a: Contact, b: Contact) => a.name.localeCompare(b.name, 'en-GB');

const contactOf = (m: Member, responsibility: string): Contact => ({
  name: m.displayName,
  jobTitle: m.jobTitle.trim(),
  email: m.email.trim(),
  responsibility,
});

function leadershipGroup(snapshot: PlanSnapshot): ContactGroup {
  const rank = (m: Member) => LEADERSHIP.indexOf(m.role);
  const contacts = snapshot.members
    .filter((m) => LEADERSHIP.includes(m.role))
    .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'en-GB'))
    .map((m) => contactOf(m, signerDescription(m.role, m.agency, snapshot.plan.agencies)));
  return { title: 'Leadership of the partnership', contacts };
}

/**
 * An agency's named contacts: its lead officers (its owners, and anyone named as lead officer on
 * an action it leads) and its quality assurance leads.
 */
function agencyGroup(snapshot: PlanSnapshot, key: AgencyKey): ContactGroup {
  const officerIds = new Set<string>(
    snapshot.actions.filter((a) => a.leadAgency === key && a.leadOfficer).map((a) => a.leadOfficer as string),
  );
  const leads = snapshot.members
    .filter((m) => (m.role === 'agency-owner' && m.agency === key) || officerIds.has(m.id))
    .map((m) => contactOf(m, LEAD_OFFICER))
    .sort(byName);
  const assurers = snapshot.members
    .filter((m) => m.role === 'agency-qa-lead' && m.agency === key)
    .map((m) => contactOf(m, QUALITY_ASSURANCE))
    .sort(byName);
  return { title: agencyName(snapshot.plan.agencies, key), contacts: [...leads, ...assurers] };
}

/** The appendix of named contacts: the partnership's leaders, then each agency that has any, in the plan's order. */
export function contactGroups(snapshot: PlanSnapshot): ContactGroup[] {
  const keys = [
    ...snapshot.plan.agencies.map((a) => a.key),
    ...snapshot.actions.map((a) => a.leadAgency),
    ...snapshot.members.flatMap((m) => (m.agency ? [m.agency] : [])),
  ];
  const agencies = [...new Set(keys)].map((key) => agencyGroup(snapshot, key));
  return [leadershipGroup(snapshot), ...agencies].filter((g) => g.contacts.length > 0);
}
