import type { PlanStore } from '../plan-store.port';
import type { DriveUploadDeps } from './drive-uploads';
import { searchDirectory, whoAmI } from './directory';
import { graphApi } from './graph-api';
import { createGraphClient, type RetrySettings } from './graph-client';
import { planStoreGovernance } from './plan-store-governance';
import { planStoreReads } from './plan-store-reads';
import { planStoreWrites } from './plan-store-writes';
import { createStoreContext } from './store-context';
import { changeTrackingFor, type ChangeTracking } from './changes/change-tracking';
import { deltaFeed } from './changes/delta-feed';
import { modifiedFeed } from './changes/modified-feed';
import { PLAN_LOAD_LISTS } from './load-plan';
import type { SiteList } from './site-lists';

export interface GraphPlanStoreOptions {
  /** Graph's root with its version: `https://graph.microsoft.com/v1.0`, or the local emulator's. */
  readonly graphBaseUrl: string;
  /** The SharePoint site holding the lists, e.g. `contoso.sharepoint.com,{guid},{guid}`. */
  readonly siteId: string;
  readonly getToken: () => Promise<string>;
  readonly fetch?: typeof fetch;
  readonly retry?: Partial<RetrySettings>;
  /** `$top` of item queries; SharePoint serves at most 5,000 items a page. */
  readonly pageSize?: number;
  /** How open plans are watched for others' changes; by default, delta wherever Graph offers it. */
  readonly changeTracking?: ChangeTracking;
  /** The site's lists as start-up read them (see `fetchSiteWithLists`); looked up on first use when absent. */
  readonly knownLists?: Promise<readonly SiteList[] | null>;
}

export { MAX_PAGE_SIZE } from './store-context';

/** The PlanStore over SharePoint lists, through Microsoft Graph (a tenant's, or the emulator's). */
export function createGraphPlanStore(options: GraphPlanStoreOptions): PlanStore {
  const connection = createGraphClient(options);
  const api = graphApi(connection);
  const ctx = createStoreContext(api, options.siteId, options.pageSize, options.knownLists);
  const watch =
    (options.changeTracking ?? changeTrackingFor(options.graphBaseUrl)) === 'delta' ? deltaFeed : modifiedFeed;
  return {
    watchPlan: (planId) => watch(ctx, planId, PLAN_LOAD_LISTS),
    // Only site set-up and a new local site create lists: the first view does without the schema.
    ensureSchema: async () => {
      const { provisionSchema } = await import(/* webpackChunkName: "site-schema" */ './provision-schema');
      await provisionSchema(api, options.siteId, ctx.lists);
    },
    whoAmI: () => whoAmI(api),
    searchDirectory: (query) => searchDirectory(api, query),
    ...planStoreReads(ctx),
    ...planStoreWrites(ctx),
    ...planStoreGovernance(ctx),
    ...lazyDriveUploads({
      api,
      connection,
      siteId: options.siteId,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    }),
  };
}

type DriveUploads = Pick<PlanStore, 'saveSubmissionFile' | 'findSubmissionFile'>;

/** Saving to the document library loads with the first save or look-up (the Submission tab), not with the first view. */
function lazyDriveUploads(deps: DriveUploadDeps): DriveUploads {
  // As ensureSchema and actionVersions do: the bundler's import() fetches the chunk once.
  const drive = async () =>
    (await import(/* webpackChunkName: "drive-uploads" */ './drive-uploads')).driveUploads(deps);
  return {
    saveSubmissionFile: async (file) => (await drive()).saveSubmissionFile(file),
    findSubmissionFile: async (planId, fileName) => (await drive()).findSubmissionFile(planId, fileName),
  };
}
