/** The one SharePoint site the emulator hosts (the team site of a local partnership). */
export const EMULATOR_SITE_ID = 'localhost,5f2a1c3e-8a4b-4c1d-9e2f-000000000001,5f2a1c3e-8a4b-4c1d-9e2f-000000000002';

export const EMULATOR_SITE = {
  id: EMULATOR_SITE_ID,
  name: 'jtai-partnership',
  displayName: 'Safeguarding Partnership (emulator)',
  webUrl: 'http://localhost/sites/jtai-partnership',
  /** The Microsoft 365 group (the team) whose root site this is. */
  groupId: '5f2a1c3e-8a4b-4c1d-9e2f-000000000003',
} as const;

/** The site's server-relative path, under which the SharePoint REST subset (`/_api/web/…`) is served. */
export const EMULATOR_SITE_PATH = new URL(EMULATOR_SITE.webUrl).pathname;

/**
 * The personas the site's Owners group holds when the site is made: the DCS and the improvement
 * lead. What they may do comes from the group's Full Control on the web, not from this list.
 */
export const EMULATOR_SITE_OWNERS: readonly string[] = ['u-dcs', 'u-improvement-lead'];

/**
 * Site collection administrators bypass every permission check. None of the personas is one, so
 * unique permissions hold for everybody; the list stays so the mechanism can be tried.
 */
export const SITE_COLLECTION_ADMINS: readonly string[] = [];
