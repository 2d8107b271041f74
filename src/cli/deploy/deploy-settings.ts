/**
 * Which sites the registration may reach (JTAI_SITE_ACCESS, as src/host/auth/site-access.ts reads
 * it for the build): `all`, the tenant-wide delegated permissions, or `selected`, delegated
 * Sites.Selected plus a grant on the plans' site.
 */
export type SiteAccess = 'all' | 'selected';

/** Everything one deployment needs, checked; built by `parseDeployArguments`. */
export interface DeploySettings {
  /** Directory (tenant) ID, lower case. */
  readonly tenantId: string;
  /** The SharePoint site of the plans (JTAI_SITE_URL), without a trailing slash. */
  readonly siteUrl: string;
  /** Where dist/ is served (JTAI_HOST_URL), https, without a trailing slash. */
  readonly hostUrl: string;
  /** The host part of hostUrl, as the manifest's validDomains and `api://` resource use it. */
  readonly hostDomain: string;
  /** Display name of the Entra app registration, which is how a later run finds it. */
  readonly appName: string;
  /** Application (client) ID of an existing registration, when known (lower case). */
  readonly clientId: string | null;
  /** The Teams app's own id (JTAI_APP_ID), lower case: the catalogs' external id. */
  readonly teamsAppId: string;
  /** Version of the app package (JTAI_APP_VERSION, else package.json's). */
  readonly appVersion: string;
  /** Grant tenant-wide admin consent (needs an administrator), instead of printing the consent link. */
  readonly grantConsent: boolean;
  /** Also publish to the SharePoint tenant app catalog, for SharePoint pages. */
  readonly sharePointCatalog: boolean;
  /** Print the plan, call nothing. */
  readonly whatIf: boolean;
  /** Sign-in host for the admin-consent link (JTAI_LOGIN_HOST). */
  readonly loginHost: string;
  /** Tenant-wide site permissions, or Sites.Selected with a grant on `siteUrl`. */
  readonly siteAccess: SiteAccess;
}

export const DEFAULT_APP_NAME = 'JTAI Action Plan';
/** The manifest's name.short (manifest/manifest.template.json), the SharePoint catalog's Title. */
export const MANIFEST_SHORT_NAME = 'JTAI Action Plan';
export const DEFAULT_LOGIN_HOST = 'https://login.microsoftonline.com';

/** Where `npm run package` writes the app package, relative to the repository root. */
export const PACKAGE_FILE = 'appPackage/build/appPackage.zip';
