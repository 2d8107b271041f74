import type { AgencyKey } from '../../domain/agency';
import type { UserId } from '../../domain/ids';
import type { Role } from '../../domain/member';
import type { DirectoryUser } from '../../domain/persona';

/**
 * A person in the local demo directory, with the part they play in the seeded plan. The id is
 * their Entra object id.
 */
export interface DemoPersona extends DirectoryUser {
  readonly role: Role;
  readonly agency: AgencyKey | null;
  readonly userPrincipalName: string;
  /** Police and health staff are guests invited from their own organisations' tenants. */
  readonly userType: 'Member' | 'Guest';
}

/** A persona as the "sign in as" picker is offered it: all but how the directory names them. */
export const personaOption = ({ userPrincipalName: _name, userType: _type, ...option }: DemoPersona) => option;

/** The tenant the partnership's team lives in; guests' user principal names end in it. */
export const TENANT_DOMAIN = 'jtaipartnership.onmicrosoft.com';

/**
 * Entra gives an invited guest the user principal name `<email with @ as _>#EXT#@<tenant>`,
 * e.g. `sarah.mitchell_example.gov.uk#EXT#@jtaipartnership.onmicrosoft.com`.
 */
const guestPrincipalName = (email: string): string => `${email.replace('@', '_')}#EXT#@${TENANT_DOMAIN}`;

const isGuest = (id: string): boolean => id.includes('police') || id.includes('health');

const person = (
  id: string,
  displayName: string,
  jobTitle: string,
  organisation: string,
  role: Role,
  agency: AgencyKey | null,
): DemoPersona => {
  const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.gov.uk`;
  return {
    id: id as UserId,
    displayName,
    email,
    jobTitle,
    organisation,
    role,
    agency,
    userPrincipalName: isGuest(id) ? guestPrincipalName(email) : email,
    userType: isGuest(id) ? 'Guest' : 'Member',
  };
};

/** Fictional people for the local emulator: one for every part in the sign-off chain. */
export const DEMO_PERSONAS: readonly DemoPersona[] = [
  person('u-dcs', 'Amara Okafor', "Director of Children's Services", 'Haringey Council', 'plan-admin', null),
  person(
    'u-improvement-lead',
    'Tom Reilly',
    'Head of Improvement and Quality',
    'Haringey Council',
    'improvement-lead',
    null,
  ),
  person(
    'u-csc-owner',
    'Priya Shah',
    'Head of Service, MASH and Assessment',
    'Haringey Council',
    'agency-owner',
    'childrens-social-care',
  ),
  person(
    'u-csc-qa',
    'Daniel Brooks',
    'Principal Social Worker',
    'Haringey Council',
    'agency-qa-lead',
    'childrens-social-care',
  ),
  person(
    'u-police-owner',
    'Sarah Mitchell',
    'Detective Inspector, Safeguarding',
    'Metropolitan Police Service',
    'agency-owner',
    'police',
  ),
  person(
    'u-police-qa',
    'Kwame Mensah',
    'Detective Chief Inspector, Public Protection',
    'Metropolitan Police Service',
    'agency-qa-lead',
    'police',
  ),
  person(
    'u-health-owner',
    'Fiona Gallagher',
    'Designated Nurse for Safeguarding Children',
    'North Central London ICB',
    'agency-owner',
    'health',
  ),
  person(
    'u-health-qa',
    'Rahul Verma',
    'Designated Doctor for Safeguarding',
    'North Central London ICB',
    'agency-qa-lead',
    'health',
  ),
  person(
    'u-probation-owner',
    'Helen Carter',
    'Head of Probation Delivery Unit',
    'Probation Service',
    'agency-owner',
    'probation',
  ),
  person(
    'u-probation-qa',
    'Marcus Green',
    'Senior Probation Officer, Quality',
    'Probation Service',
    'agency-qa-lead',
    'probation',
  ),
  person(
    'u-education-owner',
    'Joanne Wu',
    'Head of Education Safeguarding',
    'Haringey Council',
    'agency-owner',
    'education',
  ),
  person(
    'u-education-qa',
    'Oliver Hughes',
    'Assistant Director, Schools and Learning',
    'Haringey Council',
    'agency-qa-lead',
    'education',
  ),
  person(
    'u-partner-la',
    'Catherine Ellis',
    'Assistant Chief Executive (safeguarding partner delegate)',
    'Haringey Council',
    'safeguarding-partner',
    'childrens-social-care',
  ),
  person(
    'u-partner-police',
    'Ian Fletcher',
    'Detective Chief Superintendent, BCU Commander',
    'Metropolitan Police Service',
    'safeguarding-partner',
    'police',
  ),
  person(
    'u-partner-health',
    'Nadia Rahman',
    'Chief Nursing Officer (ICB accountable officer delegate)',
    'North Central London ICB',
    'safeguarding-partner',
    'health',
  ),
  person(
    'u-lead-member',
    'Cllr Grace Adeyemi',
    "Cabinet Member for Children's Services",
    'Haringey Council',
    'lead-member',
    null,
  ),
  person('u-chief-executive', 'Robert Lang', 'Chief Executive', 'Haringey Council', 'chief-executive', null),
];

export function findPersona(id: string): DemoPersona | undefined {
  return DEMO_PERSONAS.find((p) => p.id === id);
}
