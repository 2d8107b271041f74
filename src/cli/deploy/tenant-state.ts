/** What a deployment found in the tenant, read with m365 commands before anything is changed. */
export interface TenantState {
  /** The tenant the CLI for Microsoft 365 is signed in to. */
  readonly signedInTenantId: string;
  readonly registration: RegistrationState | null;
  /** Null when there is no registration yet. */
  readonly consent: ConsentState | null;
  readonly teamsApp: TeamsCatalogApp | null;
  /** Null when absent, or when the SharePoint catalog is skipped. */
  readonly sharePointApp: SharePointCatalogApp | null;
  /**
   * The registration's own grants on the plans' site (Sites.Selected); null when not read, with
   * tenant-wide site access.
   */
  readonly siteGrants: SiteGrants | null;
}

/** What reading the site's app permissions found; only a SharePoint Administrator may read them. */
export type SiteGrants =
  | { readonly kind: 'read'; readonly grants: readonly SiteGrant[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/** One app permission on a site, as `spo site apppermission list` prints it. */
export interface SiteGrant {
  readonly permissionId: string;
  /** `read`, `write`, `manage` or `fullcontrol`. */
  readonly roles: readonly string[];
}

export interface RegistrationState {
  readonly appId: string;
  /** The application object's id, which Graph's /applications/{id} takes. */
  readonly objectId: string;
  readonly displayName: string;
  readonly signInAudience: string;
  readonly identifierUris: readonly string[];
  readonly spaRedirectUris: readonly string[];
  /** The exposed API's scopes, as Graph returns them (kept whole to send back unchanged). */
  readonly scopes: readonly ExposedScope[];
  readonly preAuthorizedApplications: readonly PreAuthorizedApplication[];
  readonly delegatedPermissions: readonly { readonly resourceAppId: string; readonly name: string }[];
}

export interface ExposedScope {
  readonly id: string;
  readonly value: string;
  readonly [property: string]: unknown;
}

export interface PreAuthorizedApplication {
  readonly appId: string;
  readonly delegatedPermissionIds: readonly string[];
}

export interface ConsentState {
  /** Object id of the registration's enterprise application (service principal), if it has one. */
  readonly servicePrincipalId: string | null;
  /** Object id of each API's service principal in this tenant, by the API's application id. */
  readonly resourceServicePrincipalIds: Readonly<Record<string, string>>;
  /** Tenant-wide (AllPrincipals) delegated grants of the registration. */
  readonly grants: readonly PermissionGrant[];
}

export interface PermissionGrant {
  readonly id: string;
  /** Object id of the API's service principal. */
  readonly resourceId: string;
  readonly scopes: readonly string[];
}

export interface TeamsCatalogApp {
  readonly id: string;
  /** Versions of the app published in the catalog. */
  readonly publishedVersions: readonly string[];
}

export interface SharePointCatalogApp {
  readonly id: string;
  readonly version: string;
  readonly deployed: boolean;
}
