import type { SpRest } from './sp-rest-client';
import { allValues, numberOf, recordOf } from './sp-values';
import { StoreError } from '../store-error';

/**
 * The site's associated groups: Owners keep Full Control on everything the app secures (so a
 * second site owner can see and set up the plans); Members and Visitors lose the JTAI lists and
 * the submissions folder, where plan groups give access instead.
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245638(v=office.15)
 */
export interface AssociatedGroups {
  readonly owners: number;
  /** Null where the site has no such group (a site can be set up without one). */
  readonly members: number | null;
  readonly visitors: number | null;
}

async function groupId(rest: SpRest, which: string): Promise<number | null> {
  const body = await rest.get(`/_api/web/${which}?$select=Id`);
  if (body === null) return null;
  const id = recordOf(body, `the ${which}`)['Id'];
  return id === undefined || id === null ? null : numberOf(id, `the ${which}`);
}

export async function readAssociatedGroups(rest: SpRest): Promise<AssociatedGroups> {
  const [owners, members, visitors] = await Promise.all([
    groupId(rest, 'associatedownergroup'),
    groupId(rest, 'associatedmembergroup'),
    groupId(rest, 'associatedvisitorgroup'),
  ]);
  if (owners === null) {
    throw new StoreError(
      'invalid',
      'The site has no associated Owners group, so the JTAI lists cannot be kept open to its owners.',
      { code: 'noOwnersGroup' },
    );
  }
  return { owners, members, visitors };
}

/** The site's SharePoint groups, id by title. */
export async function readSiteGroups(rest: SpRest): Promise<Map<string, number>> {
  const groups = await allValues(rest, '/_api/web/sitegroups?$select=Id,Title');
  return new Map(groups.map((g) => [String(g['Title']), numberOf(g['Id'], `the group ${String(g['Title'])}`)]));
}
