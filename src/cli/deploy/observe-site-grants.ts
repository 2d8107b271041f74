import { isObject, sameId, strings, text } from './json-fields';
import type { TenantReader } from './observe-tenant';
import type { SiteGrants } from './tenant-state';

/**
 * The registration's grants on the plans' site. `spo site apppermission list` prints one entry per
 * app and grant (appId, appDisplayName, permissionId, roles); it is filtered here, by client id in
 * any case, rather than with --appId, which the CLI compares exactly
 * (https://pnp.github.io/cli-microsoft365/cmd/spo/site/site-apppermission-list). Graph lets only a
 * SharePoint Administrator list a site's app permissions (delegated Sites.FullControl.All,
 * https://learn.microsoft.com/en-us/graph/api/site-list-permissions), so a refusal is kept as
 * what was found: whoever runs the deployment without that role still does the rest of it. The
 * site is read before the registration exists too (no grant can be its), to know who may grant it.
 */
export async function observeSiteGrants(
  siteUrl: string,
  appId: string | null,
  read: TenantReader,
): Promise<SiteGrants> {
  const result = await read(['spo', 'site', 'apppermission', 'list', '--siteUrl', siteUrl]);
  if (!result.ok) return { kind: 'unreadable', message: result.message };
  const listed = Array.isArray(result.output) ? result.output : [];
  return {
    kind: 'read',
    grants: listed
      .filter(isObject)
      .filter((entry) => appId !== null && sameId(text(entry, 'appId'), appId))
      .map((entry) => ({ permissionId: text(entry, 'permissionId'), roles: roleList(entry.roles) })),
  };
}

/** Graph gives a grant's roles as a list; a single role written as text is read as one. */
function roleList(value: unknown): readonly string[] {
  return typeof value === 'string' ? value.split(',').map((role) => role.trim()) : strings(value);
}
