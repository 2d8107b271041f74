import type { SpRest } from './sp-rest-client';
import { allValues, numberOf, recordOf } from './sp-values';

/** A person in the site's Owners group. */
export interface SiteOwnerEntry {
  readonly name: string;
  readonly email: string | null;
}

/**
 * The people in the site's associated Owners group (the team's owners, for a team site), so that
 * someone who may not set the site up can be told whom to ask. Only people are listed: on a team
 * site connected to a Microsoft 365 group the group's owners are one claim, not named people, and
 * the answer is then empty.
 */
export async function readSiteOwners(rest: SpRest): Promise<readonly SiteOwnerEntry[]> {
  const group = recordOf(await rest.get('/_api/web/associatedownergroup?$select=Id'), 'the site’s Owners group');
  const id = numberOf(group['Id'], 'the site’s Owners group');
  const users = await allValues(rest, `/_api/web/sitegroups(${id})/users?$select=Title,Email,PrincipalType`);
  return users
    .filter((u) => u['PrincipalType'] === undefined || u['PrincipalType'] === 1)
    .map((u) => ({
      name: typeof u['Title'] === 'string' ? u['Title'] : '',
      email: typeof u['Email'] === 'string' && u['Email'] !== '' ? u['Email'] : null,
    }))
    .filter((owner) => owner.name !== '');
}
