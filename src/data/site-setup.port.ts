import type { PlanId } from '../domain/ids';

/** Where the site stands against the app's schema. */
export type SiteSchemaState = 'ready' | 'not-set-up' | 'upgrade-needed' | 'newer-than-app';

/**
 * Whether the signed-in person may set the site up: `manager` holds Manage Web or Manage
 * Permissions on it (a site owner); `unknown` when the app could not ask SharePoint.
 */
export type SiteAccess =
  { readonly kind: 'manager' } | { readonly kind: 'member' } | { readonly kind: 'unknown'; readonly reason: string };

export interface SiteSetupStatus {
  readonly state: SiteSchemaState;
  /** The schema version the site records; null before the first setup. */
  readonly recordedVersion: number | null;
  /** The schema version this build of the app needs. */
  readonly appVersion: number;
  /** What setting up would create or upgrade, in words; empty when the site is ready. */
  readonly changes: readonly string[];
  readonly access: SiteAccess;
  /** The site's address, to tell a person which site to ask about. */
  readonly siteUrl: string;
  /** Whether item permissions can be applied here (a SharePoint permission service exists). */
  readonly permissionsAvailable: boolean;
}

export interface SetupProgress {
  /** Steps finished so far. */
  readonly done: number;
  readonly total: number;
  /** The step now running, in words. */
  readonly step: string;
}

/** What one plan's permission sync changed. */
export interface PermissionSyncResult {
  readonly planId: PlanId;
  readonly planTitle: string;
  /** SharePoint writes made; 0 when the permissions were already as planned. */
  readonly writes: number;
}

export interface SetupResult {
  /** Schema changes made (lists, columns, indexes, the folder, the version). */
  readonly schemaChanges: number;
  /** One entry per plan whose permissions were synced; null where no permission service exists. */
  readonly permissions: readonly PermissionSyncResult[] | null;
}

/**
 * "Set up this site": compares the site with the app's schema and brings it up to date, then
 * applies every plan's item permissions. Methods reject with `StoreError` on failure.
 */
export interface SiteSetup {
  inspect(): Promise<SiteSetupStatus>;
  /** Runs every missing step; running it again when nothing is missing writes nothing. */
  setUp(onProgress: (progress: SetupProgress) => void): Promise<SetupResult>;
  /** Re-applies one plan's item permissions; rejects with `forbidden` where the person may not. */
  reapplyPermissions(planId: PlanId): Promise<PermissionSyncResult>;
}

/** Applies the permission plan of plans on the site through SharePoint REST. */
export interface PlanPermissions {
  /** Whether the signed-in person may manage the site (and so its permissions). */
  canManageSite(): Promise<boolean>;
  /** Whether "Set up this site" has prepared the site for item permissions. */
  enabled(): Promise<boolean>;
  /** Prepares the site for item permissions; writes nothing when it already is. */
  enable(): Promise<void>;
  /** Brings one plan's groups and role assignments to the plan, writing only the difference. */
  syncPlan(planId: PlanId): Promise<PermissionSyncResult>;
  /** Every plan on the site, for a full sync during setup. */
  planIds(): Promise<readonly PlanId[]>;
}
