import { createGraphSiteSetup } from '../data/graph/graph-site-setup';
import type { PlanStore } from '../data/plan-store.port';
import type { SiteSetupStatus } from '../data/site-setup.port';
import { lazyPlanPermissions } from './lazy-plan-permissions';
import { withPermissionResync } from '../state/permission-resync';
import { createSiteSetupStore, needsSetup, type SiteSetupState } from '../state/site-setup-store';
import { formatRoute } from '../ui/routing/route';
import type { StoreApi } from 'zustand/vanilla';

export interface SiteServicesOptions {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The site's web URL: where SharePoint REST is, and what a person is told to ask about. */
  readonly siteUrl: string;
  /** Graph, with the app's usual scopes (reading the site, the plans). */
  readonly getToken: () => Promise<string>;
  /** Graph with the rights to create lists and columns; `getToken` where they are the same. */
  readonly getSetupToken?: () => Promise<string>;
  /** SharePoint REST; absent where the app cannot get a SharePoint token. */
  readonly getSharePointToken?: () => Promise<string>;
}

export interface SiteServices {
  readonly siteSetup: StoreApi<SiteSetupState>;
  /** The plan store, re-applying item permissions after changes where this person may. */
  readonly store: PlanStore;
}

/**
 * Checks the site before the plans load: a site that is not set up, or on an older schema, opens
 * on "Set up this site". A failed check does not stop the app (the plan list explains its own
 * failure); the setup page checks again when opened.
 */
export async function prepareSiteServices(options: SiteServicesOptions, store: PlanStore): Promise<SiteServices> {
  const permissions = options.getSharePointToken
    ? lazyPlanPermissions({
        graphBaseUrl: options.graphBaseUrl,
        siteId: options.siteId,
        getToken: options.getToken,
        sharePoint: { siteUrl: options.siteUrl, getToken: options.getSharePointToken },
      })
    : undefined;
  const setup = createGraphSiteSetup({
    graphBaseUrl: options.graphBaseUrl,
    siteId: options.siteId,
    siteUrl: options.siteUrl,
    getToken: options.getToken,
    ...(options.getSetupToken && { getSetupToken: options.getSetupToken }),
    ...(permissions && { permissions }),
  });
  const initial: SiteSetupStatus | undefined = await setup.inspect().catch(() => undefined);
  if (initial && needsSetup(initial)) window.location.hash = formatRoute({ name: 'site-setup' });
  const siteSetup = createSiteSetupStore(setup, initial);
  const mayResync = permissions !== undefined && initial?.access.kind === 'manager';
  return {
    siteSetup,
    store: mayResync
      ? withPermissionResync(store, {
          // Only where "Set up this site" has put item permissions in place; elsewhere there is nothing to keep in step.
          sync: async (planId) => {
            if (await permissions.enabled()) await permissions.syncPlan(planId);
          },
          onProblem: (message) => siteSetup.getState().noteBackgroundProblem(message),
        })
      : store,
  };
}
