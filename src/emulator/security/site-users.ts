import type { SecurityState, SpUser } from '../model/security-model';
import { DEMO_PERSONAS, findPersona, type DemoPersona } from '../seed/demo-directory';
import { SITE_COLLECTION_ADMINS } from '../emulator-site';

/** SharePoint Online's claims prefix for an Entra user's login name. */
const CLAIMS_PREFIX = 'i:0#.f|membership|';

/** The issuer SharePoint Online names for an Entra object id. */
const ENTRA_ISSUER = 'urn:federation:microsoftonline';

/**
 * A user's login name is the claims prefix and their user principal name in lower case, so a
 * guest's is their `#EXT#` name, never their email.
 */
export const loginNameOf = (persona: DemoPersona): string =>
  `${CLAIMS_PREFIX}${persona.userPrincipalName.toLowerCase()}`;

/** The persona a logon name means: a claims login name, a user principal name or an email. */
export function personaForLogon(logonName: string): DemoPersona | undefined {
  const name = logonName.trim().toLowerCase();
  const bare = name.startsWith(CLAIMS_PREFIX) ? name.slice(CLAIMS_PREFIX.length) : name;
  return DEMO_PERSONAS.find((p) => p.userPrincipalName.toLowerCase() === bare || p.email.toLowerCase() === bare);
}

export const siteUserFor = (persona: DemoPersona, id: number): SpUser => ({
  id,
  loginName: loginNameOf(persona),
  title: persona.displayName,
  email: persona.email,
  personaId: persona.id,
});

export const siteUserOf = (security: SecurityState, personaId: string): SpUser | undefined =>
  security.users.find((u) => u.personaId === personaId);

/** SP.User in `odata=nometadata`, with the Entra object id SharePoint Online adds. */
export function spUserView(user: SpUser) {
  const persona = findPersona(user.personaId);
  return {
    Id: user.id,
    IsSiteAdmin: SITE_COLLECTION_ADMINS.includes(user.personaId),
    LoginName: persona ? loginNameOf(persona) : user.loginName,
    Title: user.title,
    Email: user.email,
    UserPrincipalName: persona?.userPrincipalName ?? user.email,
    PrincipalType: 1,
    AadObjectId: { NameId: user.personaId, NameIdIssuer: ENTRA_ISSUER },
  };
}
