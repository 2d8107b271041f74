import type { DeploySettings, SiteAccess } from './deploy-settings';

/** Application ids of the first-party APIs the app calls; the same in every tenant. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

export interface DelegatedPermission {
  readonly resourceAppId: string;
  /** How the CLI for Microsoft 365 names the API: one of its service principal names. */
  readonly resourceUri: string;
  readonly name: string;
}

const graph = (name: string): DelegatedPermission => ({
  resourceAppId: GRAPH_APP_ID,
  resourceUri: 'https://graph.microsoft.com',
  name,
});

const sharePoint = (name: string): DelegatedPermission => ({
  resourceAppId: SHAREPOINT_APP_ID,
  resourceUri: 'https://microsoft.sharepoint-df.com',
  name,
});

/** Permissions every build asks for: `/me`, the people picker and activity-feed notifications. */
const COMMON = [graph('User.Read'), graph('User.ReadBasic.All')];

/** The Graph permission every list read and write goes through, with this site access. */
export function siteScopeOf(access: SiteAccess): string {
  return access === 'selected' ? 'Sites.Selected' : 'Sites.ReadWrite.All';
}

/**
 * The permissions that reach SharePoint sites, by JTAI_SITE_ACCESS: the tenant-wide ones (the plan
 * lists, "Set up this site", SharePoint REST for groups and item permissions), or delegated
 * Sites.Selected on both APIs, which reaches only the sites the app is granted
 * (https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/).
 */
const SITE_PERMISSIONS: Readonly<Record<SiteAccess, readonly DelegatedPermission[]>> = {
  all: [graph(siteScopeOf('all')), graph('Sites.Manage.All'), sharePoint('AllSites.FullControl')],
  selected: [graph(siteScopeOf('selected')), sharePoint('Sites.Selected')],
};

/**
 * The delegated permissions the app uses (README, "Permissions, and why each is needed";
 * src/host/auth/graph-scopes.ts), Graph's first, in the order the registration lists them.
 * SharePoint is named by `https://microsoft.sharepoint-df.com`, one of the service principal names
 * of SharePoint Online in every tenant, as the CLI's own examples do
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/app/app-permission-add).
 */
export function delegatedPermissions(access: SiteAccess): readonly DelegatedPermission[] {
  const [graphSites, sharePointSites] = partition(SITE_PERMISSIONS[access], GRAPH_APP_ID);
  return [...COMMON, ...graphSites, graph('TeamsActivity.Send'), ...sharePointSites];
}

/**
 * Permissions a registration must lose: with Sites.Selected, the tenant-wide ones. Entra puts every
 * scope consented for an API into its tokens, not only those the app asked for ("additive scopes",
 * https://learn.microsoft.com/en-us/answers/questions/78683/removing-earlier-permissions-consented-by-users-fr),
 * so a registration that kept Sites.ReadWrite.All would still reach every site the person can.
 * Going back to `all` leaves Sites.Selected in place: it adds nothing to the tenant-wide permissions.
 */
export function surplusPermissions(access: SiteAccess): readonly DelegatedPermission[] {
  return access === 'selected' ? SITE_PERMISSIONS.all : [];
}

/** The permission as a person reads it: Graph's by name, SharePoint's named as such (both have a Sites.Selected). */
export const permissionLabel = (permission: DelegatedPermission) =>
  permission.resourceAppId === GRAPH_APP_ID ? permission.name : `SharePoint ${permission.name}`;

/** The permission as the CLI takes it: `<api>/<permission>`. */
export const permissionUri = (permission: DelegatedPermission) => `${permission.resourceUri}/${permission.name}`;

/** Each API the app needs consent for, with its permissions' names. */
export function permissionsByResource(access: SiteAccess): ReadonlyMap<string, readonly string[]> {
  return groupByResource(delegatedPermissions(access));
}

/** Each API's permissions a registration must lose (see surplusPermissions). */
export function surplusByResource(access: SiteAccess): ReadonlyMap<string, readonly string[]> {
  return groupByResource(surplusPermissions(access));
}

function groupByResource(permissions: readonly DelegatedPermission[]): ReadonlyMap<string, readonly string[]> {
  const byResource = new Map<string, string[]>();
  for (const { resourceAppId, name } of permissions)
    byResource.set(resourceAppId, [...(byResource.get(resourceAppId) ?? []), name]);
  return byResource;
}

function partition(permissions: readonly DelegatedPermission[], resourceAppId: string) {
  return [
    permissions.filter((p) => p.resourceAppId === resourceAppId),
    permissions.filter((p) => p.resourceAppId !== resourceAppId),
  ] as const;
}

/**
 * Microsoft 365 clients that may get a token for the app's API without asking the user, from
 * "Configure your tab app in Microsoft Entra ID" (Teams docs, tab-sso-register-aad).
 */
export const PREAUTHORIZED_CLIENTS: readonly { readonly appId: string; readonly client: string }[] = [
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', client: 'Teams desktop and mobile' },
  { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', client: 'Teams web' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', client: 'Microsoft 365 web' },
  { appId: '0ec893e0-5785-4de6-99da-4ed124e5296c', client: 'Microsoft 365 desktop' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', client: 'Microsoft 365 mobile and Outlook desktop' },
  { appId: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', client: 'Outlook web' },
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', client: 'Outlook mobile' },
];

/** The scope the exposed API offers to the Teams clients. */
export const ACCESS_SCOPE = {
  value: 'access_as_user',
  adminConsentDisplayName: 'Use JTAI Action Plan as the signed-in user',
  adminConsentDescription: 'Lets Teams, Outlook and the Microsoft 365 app sign people in to JTAI Action Plan.',
} as const;

/** SPA redirect URIs: plain-browser sign-in, the app's root, and nested app authentication. */
export function spaRedirectUris(settings: DeploySettings): readonly string[] {
  return [`${settings.hostUrl}/redirect.html`, `${settings.hostUrl}/`, `brk-multihub://${settings.hostDomain}`];
}

/** The Application ID URI, equal to the manifest's webApplicationInfo.resource. */
export function identifierUri(settings: DeploySettings, clientId: string): string {
  return `api://${settings.hostDomain}/${clientId}`;
}

/** The link an administrator opens to grant tenant-wide consent. */
export function adminConsentUrl(settings: DeploySettings, clientId: string): string {
  return `${settings.loginHost}/${settings.tenantId}/adminconsent?client_id=${clientId}`;
}
