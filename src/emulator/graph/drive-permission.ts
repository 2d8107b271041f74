import { LISTS } from '../../data/sharepoint/list-schema';
import type { Role } from '../../domain/member';
import { accessDenied } from '../http/graph-error';
import type { SiteState } from '../model/list-model';
import { findList } from '../model/site-lookup';
import { MEMBER_COLUMNS } from '../permissions/schema-columns';
import { textOf } from '../permissions/write-attempt';

const ADMIN_ROLES: readonly Role[] = ['plan-admin', 'improvement-lead'];

/**
 * The library's permission plan: everyone in the team reads it; the plan admins (an admin or
 * improvement lead of any plan on the site) save the submissions into it.
 */
export function checkLibraryWrite(site: SiteState, userId: string): void {
  const members = findList(site, LISTS.members.displayName);
  const isAdmin = [...(members?.items.values() ?? [])].some(
    (item) =>
      textOf(item.fields, MEMBER_COLUMNS.userId) === userId &&
      ADMIN_ROLES.includes((textOf(item.fields, MEMBER_COLUMNS.role) ?? '') as Role),
  );
  if (!isAdmin) throw accessDenied('Only the plan admins can save the submission to the document library.');
}
