import type { SpRest } from './sp-rest-client';
import { allValues, numberOf, recordOf, type SpRecord } from './sp-values';
import type { WriteCounter } from './write-counter';

/** A person as the site knows them: what group membership is compared and written by. */
export interface SiteUser {
  readonly id: number;
  readonly loginName: string;
}

/**
 * People's user principal names by Entra object id (from Graph). People the directory no longer
 * has are left out of the answer: there is nobody to give access to.
 */
export type UpnLookup = (userIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;

const SITE_USERS = '/_api/web/siteusers?$select=Id,LoginName,Email,UserPrincipalName,AadObjectId';

/** `AadObjectId` is a `UserIdInfo` complex value: `{NameId, NameIdIssuer}`. */
function entraIdOf(user: SpRecord): string | null {
  const info = user['AadObjectId'];
  const nameId = typeof info === 'object' && info !== null ? (info as SpRecord)['NameId'] : undefined;
  return typeof nameId === 'string' && nameId.trim() !== '' ? nameId.trim().toLowerCase() : null;
}

const siteUserOf = (user: SpRecord): SiteUser => ({
  id: numberOf(user['Id'], 'a site user'),
  loginName: String(user['LoginName'] ?? ''),
});

/**
 * The site's user for each person, matched by Entra object id (`AadObjectId.NameId`), never by a
 * claims login name built from an address: a guest's is `…#EXT#@tenant`, not their e-mail.
 * People the site does not know yet are made known to it with `ensureuser` and their user
 * principal name, which resolves guests too; its answer carries the login name SharePoint uses.
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245233(v=office.15)
 * Keys of the answer are the lower-case object ids.
 */
export async function resolveSiteUsers(
  rest: SpRest,
  writer: WriteCounter,
  userIds: readonly string[],
  lookUpUpns: UpnLookup,
): Promise<Map<string, SiteUser>> {
  const wanted = new Set(userIds.map((id) => id.trim().toLowerCase()).filter((id) => id !== ''));
  const found = new Map<string, SiteUser>();
  if (wanted.size === 0) return found;
  for (const user of await allValues(rest, SITE_USERS)) {
    const entraId = entraIdOf(user);
    if (entraId !== null && wanted.has(entraId) && !found.has(entraId)) found.set(entraId, siteUserOf(user));
  }
  const unknown = [...wanted].filter((id) => !found.has(id));
  if (unknown.length === 0) return found;
  const upns = await lookUpUpns(unknown);
  for (const id of unknown) {
    const upn = upns.get(id);
    if (upn === undefined) continue;
    const ensured = await writer.post('/_api/web/ensureuser', { logonName: upn });
    found.set(id, siteUserOf(recordOf(ensured, 'the user it was asked to ensure')));
  }
  return found;
}
