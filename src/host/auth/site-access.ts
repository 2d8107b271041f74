/**
 * Which SharePoint sites the app registration may reach, chosen per tenant at build time
 * (`JTAI_SITE_ACCESS`):
 * - `all` (the default): the tenant-wide delegated permissions, so the app can reach any site the
 *   signed-in person can;
 * - `selected`: delegated `Sites.Selected`, so it reaches only sites an administrator granted the
 *   app (`m365 spo site apppermission add`), and on those never more than the person holds.
 */
export type SiteAccess = 'all' | 'selected';

export const DEFAULT_SITE_ACCESS: SiteAccess = 'all';

export type SiteAccessReading =
  { readonly ok: true; readonly access: SiteAccess } | { readonly ok: false; readonly problem: string };

/** Reads the setting: empty means the default; anything but `all` or `selected` is a problem that says what to use. */
export function readSiteAccess(value: string | undefined): SiteAccessReading {
  const text = value?.trim().toLowerCase() ?? '';
  if (!text) return { ok: true, access: DEFAULT_SITE_ACCESS };
  if (text === 'all' || text === 'selected') return { ok: true, access: text };
  return {
    ok: false,
    problem:
      `JTAI_SITE_ACCESS "${value}" is not a choice: use "all" (the default: the tenant-wide Sites.ReadWrite.All, ` +
      'Sites.Manage.All and AllSites.FullControl) or "selected" (Sites.Selected: only the sites an administrator ' +
      'has granted the app; see README, "For councils that will not grant Sites.*.All tenant-wide").',
  };
}
