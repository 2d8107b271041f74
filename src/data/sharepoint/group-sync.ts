import type { PermissionPlan, PlannedGroup } from './permission-plan';
import { readSiteGroups } from './site-groups';
import type { SiteUser } from './site-people';
import type { SpRest } from './sp-rest-client';
import { allValues, numberOf, recordOf } from './sp-values';
import type { WriteCounter } from './write-counter';

async function createGroup(writer: WriteCounter, group: PlannedGroup, ownersGroupId: number): Promise<number> {
  const created = await writer.post('/_api/web/sitegroups', {
    __metadata: { type: 'SP.Group' },
    Title: group.title,
    Description: group.description,
  });
  const id = numberOf(recordOf(created, 'the new group')['Id'], `the new group ${group.title}`);
  // A new group belongs to whoever created it, and only its owner (or a site collection admin)
  // may change who is in it. Owned by the site's Owners group, any site owner can keep it in step.
  // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj244801(v=office.15)
  await writer.post(`/_api/web/sitegroups(${id})/SetUserAsOwner(${ownersGroupId})`);
  return id;
}

/** Brings a group's members to the plan, compared by the site's user ids. */
async function syncMembers(
  rest: SpRest,
  writer: WriteCounter,
  groupId: number,
  group: PlannedGroup,
  people: ReadonlyMap<string, SiteUser>,
): Promise<void> {
  const users = await allValues(rest, `/_api/web/sitegroups(${groupId})/users?$select=Id`);
  const current = new Set(users.map((u) => numberOf(u['Id'], 'a group member')));
  const wanted = new Map(group.userIds.flatMap((id) => people.get(id) ?? []).map((u) => [u.id, u]));
  for (const user of [...wanted.values()].filter((u) => !current.has(u.id))) {
    await writer.post(`/_api/web/sitegroups(${groupId})/users`, {
      __metadata: { type: 'SP.User' },
      LoginName: user.loginName,
    });
  }
  for (const id of [...current].filter((id) => !wanted.has(id))) {
    await writer.post(`/_api/web/sitegroups(${groupId})/users/removebyid(${id})`);
  }
}

/**
 * Creates the plan's missing groups and brings each one's members to the plan. Returns the id of
 * every group on the site by title, the plan's new ones included.
 */
export async function syncGroups(
  rest: SpRest,
  writer: WriteCounter,
  plan: PermissionPlan,
  people: ReadonlyMap<string, SiteUser>,
  ownersGroupId: number,
): Promise<Map<string, number>> {
  const ids = await readSiteGroups(rest);
  for (const group of plan.groups) {
    const id = ids.get(group.title) ?? (await createGroup(writer, group, ownersGroupId));
    ids.set(group.title, id);
    await syncMembers(rest, writer, id, group, people);
  }
  return ids;
}
