import type { GraphSiteSetupOptions } from '../data/graph/graph-site-setup';
import type { PlanStore } from '../data/plan-store.port';
import type { SiteList } from '../data/graph/site-lists';
import { LIST_KEYS, LISTS } from '../data/sharepoint/list-schema';
import { SETTINGS_LIST } from '../data/sharepoint/site-settings-schema';
import type { PlanPermissions, SiteSetup, SiteSetupStatus } from '../data/site-setup.port';
import { lazyPlanPermissions } from './lazy-plan-permissions';
import { lazySiteSetup } from './lazy-site-setup';
import { withPermissionResync, type PermissionResyncDeps } from '../state/permission-resync';
import { createSiteSetupStore, needsSetup, type SiteSetupState } from '../state/site-setup-store';
import { formatRoute } from '../ui/routing/route';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Where the site is (its web URL is also where SharePoint REST is) and the tokens for it: Graph, Graph
 * for setup where its rights differ, and SharePoint REST.
 */
export interface SiteServicesOptions extends Pick<
  GraphSiteSetupOptions,
  'graphBaseUrl' | 'siteId' | 'siteUrl' | 'getToken' | 'getSetupToken'
> {
  /** SharePoint REST; absent where the app cannot get a SharePoint token. */
  readonly getSharePointToken?: () => Promise<string>;
}

export interface SiteServices {
  readonly siteSetup: StoreApi<SiteSetupState>;
  /** The plan store, re-applying item permissions after changes where this person may. */
  readonly store: PlanStore;
  /**
   * Checks the site's columns, settings item and folder; one that needs setting up (a column
   * turned rich text, an older schema) opens on "Set up this site". Start-up runs it once the
   * first view has its data, so it never holds up the first paint.
   */
  readonly checkSite: () => Promise<void>;
}

/** Every list the app keeps on a site: the product lists and the settings list. */
const SITE_LISTS = [...LIST_KEYS.map((key) => LISTS[key].displayName), SETTINGS_LIST.displayName];

const lacksAList = (lists: readonly SiteList[]): boolean =>
  SITE_LISTS.some((name) => !lists.some((list) => list.displayName === name));

const openSetup = () => {
  window.location.hash = formatRoute({ name: 'site-setup' });
};

/**
 * "Set up this site" on the site, with its item permissions (loaded on first use) where the app has
 * a SharePoint token; without one, setup skips them.
 */
export function siteSetupFor(options: SiteServicesOptions): {
  readonly setup: SiteSetup;
  readonly permissions: PlanPermissions | undefined;
} {
  const permissions = options.getSharePointToken
    ? lazyPlanPermissions({
        graphBaseUrl: options.graphBaseUrl,
        siteId: options.siteId,
        getToken: options.getToken,
        sharePoint: { siteUrl: options.siteUrl, getToken: options.getSharePointToken },
      })
    : undefined;
  const setup = lazySiteSetup({
    graphBaseUrl: options.graphBaseUrl,
    siteId: options.siteId,
    siteUrl: options.siteUrl,
    getToken: options.getToken,
    ...(options.getSetupToken && { getSetupToken: options.getSetupToken }),
    ...(permissions && { permissions }),
  });
  return { setup, permissions };
}

/**
 * The site's services. With `lists` (the site's lists as start-up read them), nothing more is
 * read before the plans load: a site lacking one of the app's lists opens on "Set up this site"
 * straight away, and the finer check (columns, version, folder) is left to `checkSite`. Without
 * them, the check runs before this returns. A failed check does not stop the app (the plan list
 * explains its own failure); the setup page checks again when opened.
 */
export async function prepareSiteServices(
  options: SiteServicesOptions,
  store: PlanStore,
  lists?: readonly SiteList[] | null,
): Promise<SiteServices> {
  const { setup, permissions } = siteSetupFor(options);
  const initial: SiteSetupStatus | undefined =
    lists === undefined ? await setup.inspect().catch(() => undefined) : undefined;
  const setUpFirst = lists ? lacksAList(lists) : initial !== undefined && needsSetup(initial);
  if (setUpFirst) openSetup();
  const siteSetup = createSiteSetupStore(setup, initial);
  const checkSite = async () => {
    if (setUpFirst || siteSetup.getState().inspection.status !== 'idle') return;
    await siteSetup.getState().inspect();
    const { inspection } = siteSetup.getState();
    if (inspection.status === 'ready' && needsSetup(inspection.site)) openSetup();
  };
  return {
    siteSetup,
    checkSite,
    store: permissions ? withPermissionResync(store, resyncDeps(permissions, siteSetup)) : store,
  };
}

/**
 * Item permissions are re-applied only by a site owner, and only where "Set up this site" has put
 * them in place; elsewhere there is nothing to keep in step. Whether this person owns the site is
 * the site check's answer when it has one, else asked when first needed.
 */
function resyncDeps(permissions: PlanPermissions, siteSetup: StoreApi<SiteSetupState>): PermissionResyncDeps {
  let asked: Promise<boolean> | null = null;
  const ownsSite = (): Promise<boolean> => {
    const { inspection } = siteSetup.getState();
    if (inspection.status === 'ready') return Promise.resolve(inspection.site.access.kind === 'manager');
    asked ??= permissions.canManageSite().catch(() => false);
    return asked;
  };
  return {
    sync: async (planId) => {
      if ((await ownsSite()) && (await permissions.enabled())) await permissions.syncPlan(planId);
    },
    onProblem: (message) => siteSetup.getState().noteBackgroundProblem(message),
  };
}
