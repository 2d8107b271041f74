import type { PlanId } from '../../domain/ids';
import { SCHEMA_VERSION } from '../sharepoint/list-schema';
import { compareSchema, describeStep } from '../sharepoint/schema-comparison';
import type { PlanPermissions, SiteAccess, SiteSetup, SiteSetupStatus } from '../site-setup.port';
import { StoreError } from '../store-error';
import { SUBMISSIONS_FOLDER } from './drive-paths';
import { graphApi } from './graph-api';
import { createGraphClient, type RetrySettings } from './graph-client';
import { createListIds } from './list-ids';
import { provisionSchema } from './provision-schema';
import { readSiteSchema } from './read-site-schema';

export interface GraphSiteSetupOptions {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The site's web URL, shown to people who must ask its owner. */
  readonly siteUrl: string;
  /** Graph, for reading the site. */
  readonly getToken: () => Promise<string>;
  /** Graph with the rights to create lists and columns (Sites.Manage.All); `getToken` when not given. */
  readonly getSetupToken?: () => Promise<string>;
  /** Absent where the host has no SharePoint REST access: setup then skips item permissions. */
  readonly permissions?: PlanPermissions;
  readonly fetch?: typeof fetch;
  readonly retry?: Partial<RetrySettings>;
}

const NO_PERMISSION_SERVICE =
  'This build has no SharePoint permission service, so the app cannot check who owns the site.';

async function accessOf(permissions: PlanPermissions | undefined): Promise<SiteAccess> {
  if (!permissions) return { kind: 'unknown', reason: NO_PERMISSION_SERVICE };
  try {
    return (await permissions.canManageSite()) ? { kind: 'manager' } : { kind: 'member' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'unknown', reason: `SharePoint did not say whether you own the site: ${reason}` };
  }
}

/** "Set up this site" over Graph (lists, columns, folder, version) and SharePoint REST (permissions). */
export function createGraphSiteSetup(options: GraphSiteSetupOptions): SiteSetup {
  const api = graphApi(createGraphClient(options));
  const setupApi = options.getSetupToken
    ? graphApi(createGraphClient({ ...options, getToken: options.getSetupToken }))
    : api;
  const listIds = createListIds(setupApi, options.siteId);
  const { permissions } = options;

  const inspect = async (): Promise<SiteSetupStatus> => {
    const [found, access] = await Promise.all([readSiteSchema(api, options.siteId), accessOf(permissions)]);
    // Once item permissions are applied, a plan member reaches only their plan's folder: SharePoint
    // gives them Limited Access on the submissions folder above it, which does not let them read it.
    // So only a site owner's view of the folder says whether it is missing.
    const judged = access.kind === 'manager' ? found : { ...found, submissionsFolder: true };
    const comparison = compareSchema(judged, SCHEMA_VERSION, SUBMISSIONS_FOLDER);
    return {
      state: comparison.state,
      recordedVersion: comparison.recordedVersion,
      appVersion: comparison.appVersion,
      changes: comparison.steps.map(describeStep),
      access,
      siteUrl: options.siteUrl,
      permissionsAvailable: permissions !== undefined,
    };
  };

  return {
    inspect,
    async setUp(onProgress) {
      const schemaChanges = await provisionSchema(setupApi, options.siteId, listIds, (step, index, count) =>
        onProgress({ done: index, total: count, step: describeStep(step) }),
      );
      if (permissions) await permissions.enable();
      const planIds = permissions ? await permissions.planIds() : [];
      const total = schemaChanges + planIds.length;
      const synced = [];
      for (const [index, planId] of planIds.entries()) {
        onProgress({ done: schemaChanges + index, total, step: `Apply the item permissions of plan ${planId}` });
        synced.push(await permissions!.syncPlan(planId));
      }
      onProgress({ done: total, total, step: 'Finished' });
      return { schemaChanges, permissions: permissions ? synced : null };
    },
    async reapplyPermissions(planId: PlanId) {
      if (!permissions) {
        throw new StoreError(
          'forbidden',
          'Item permissions cannot be applied here: the app has no SharePoint access.',
          {
            code: 'noPermissionService',
          },
        );
      }
      return permissions.syncPlan(planId);
    },
  };
}
