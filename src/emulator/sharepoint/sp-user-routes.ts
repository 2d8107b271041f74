import { isObject, optionalString } from '../http/json-input';
import type { SpUser } from '../model/security-model';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { personaForLogon, siteUserFor, siteUserOf, spUserView } from '../security/site-users';
import type { DemoPersona } from '../seed/demo-directory';
import { requireSp, spBadRequest, spNotFound, type SpRequest } from './sp-request';

/** The persona's site user, made known to the site if need be (a journaled change). */
export function ensureSiteUser(request: SpRequest, persona: DemoPersona): SpUser {
  const { site } = request.services;
  const known = siteUserOf(site.state.security, persona.id);
  if (known) return known;
  const user = siteUserFor(persona, site.state.security.nextPrincipalId);
  site.commit({ type: 'sp-user-ensured', user });
  return user;
}

/** The site user for a logon name: claims login name, user principal name or email. */
export function ensureUserByLogon(request: SpRequest, logonName: string): SpUser {
  const persona = personaForLogon(logonName);
  if (!persona) throw spNotFound(`The specified user ${logonName} could not be found.`);
  return ensureSiteUser(request, persona);
}

/**
 * `POST ensureuser {logonName}`: the user, made known to the site the first time; a user it
 * knows already is returned as is and nothing is written. Needs Browse User Information
 * (learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms473422).
 */
export function postEnsureUser(request: SpRequest) {
  requireSp(request, PERMISSION_KIND.browseUserInfo);
  const logonName = isObject(request.body) ? optionalString(request.body, 'logonName') : undefined;
  if (!logonName) throw spBadRequest('Send {logonName}.');
  return spUserView(ensureUserByLogon(request, logonName));
}

/** `GET siteusers`: every user the site knows, with their Entra object ids. */
export function listSiteUsers(request: SpRequest) {
  requireSp(request, PERMISSION_KIND.browseUserInfo);
  return { value: request.services.site.state.security.users.map(spUserView) };
}
