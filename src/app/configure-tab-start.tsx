import { FluentProvider } from '@fluentui/react-components';
import type { Root as ReactRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import type { PlanStore } from '../data/plan-store.port';
import type { PlanPermissions } from '../data/site-setup.port';
import type { PlanId } from '../domain/ids';
import type { HostInfo } from '../host/host-kind';
import { startTabConfiguration, type TabSettings } from '../host/teams/tab-config';
import { createConfigureTabStore, type PlanChoice, type SiteOwner } from '../state/configure-tab-store';
import { createSiteSetupStore, type SiteSetupState } from '../state/site-setup-store';
import { ConfigureTabPage, type TabChoice } from '../ui/configure-tab/configure-tab-page';
import { formatRoute } from '../ui/routing/route';
import { FLUENT_THEMES } from '../ui/theme/all-themes';
import { themeFromHost } from '../ui/theme/theme-preference';
import { createGraphPlanStore } from '../data/graph/graph-plan-store';
import { LOCAL_SITE_PATH, type LocalConfig } from './config';
import { siteSetupFor, type SiteServicesOptions } from './site-services';

export interface TabConfigurationOptions extends SiteServicesOptions {
  readonly host: HostInfo;
  /** Where the app is served: the tab's content and website addresses start with it. */
  readonly appUrl: string;
  /** The plan store on the site. */
  readonly store: PlanStore;
}

/** The tab settings that show one plan: its id as the tab's entity id, its page as the tab's content. */
export function tabSettingsFor(appUrl: string, plan: PlanChoice): TabSettings {
  const url = `${appUrl}/${formatRoute({ name: 'plan', planId: plan.id })}`;
  return { entityId: plan.id, contentUrl: url, websiteUrl: url, suggestedDisplayName: plan.title };
}

async function readSiteOwners(siteUrl: string, getToken: () => Promise<string>): Promise<readonly SiteOwner[]> {
  const [{ createSpRestClient }, { readSiteOwners: read }] = await Promise.all([
    import(/* webpackChunkName: "plan-permissions" */ '../data/sharepoint/sp-rest-client'),
    import(/* webpackChunkName: "plan-permissions" */ '../data/sharepoint/site-owners'),
  ]);
  return read(createSpRestClient({ siteUrl, getToken }));
}

/**
 * A plan started here gets its item permissions at once when a site owner starts it on a set-up
 * site: the page closes on Save, so nothing can wait to do it later. A failure is logged and left
 * to "Re-apply permissions"; it never stops the tab being saved.
 */
function permissionSyncFor(permissions: PlanPermissions | undefined, siteSetup: StoreApi<SiteSetupState>) {
  return async (planId: PlanId): Promise<void> => {
    const inspection = siteSetup.getState().inspection;
    if (!permissions || inspection.status !== 'ready' || inspection.site.access.kind !== 'manager') return;
    try {
      if (await permissions.enabled()) await permissions.syncPlan(planId);
    } catch (error) {
      console.warn(`The new plan's item permissions were not applied: ${String(error)}`);
    }
  };
}

/** The channel tab's configuration page, inside Teams (or SharePoint) with the host's Save button. */
export async function showTabConfiguration(reactRoot: ReactRoot, options: TabConfigurationOptions): Promise<void> {
  const configuration = await startTabConfiguration();
  const { getSharePointToken } = options;
  const { setup, permissions } = siteSetupFor(options);
  const siteSetup = createSiteSetupStore(setup);
  const configure = createConfigureTabStore({
    store: options.store,
    ...(getSharePointToken && { readOwners: () => readSiteOwners(options.siteUrl, getSharePointToken) }),
  });
  const syncPermissions = permissionSyncFor(permissions, siteSetup);
  const settingsOf = async (choice: TabChoice): Promise<TabSettings> => {
    if (choice.kind === 'plan') return tabSettingsFor(options.appUrl, choice.plan);
    const plan = await configure.getState().startPlan(choice.title);
    await syncPermissions(plan.id);
    return tabSettingsFor(options.appUrl, plan);
  };
  const onChoice = (choice: TabChoice | null) => configuration.choose(choice ? () => settingsOf(choice) : null);
  reactRoot.render(
    <FluentProvider theme={FLUENT_THEMES[themeFromHost(options.host.theme ?? 'default')]} lang="en-GB">
      <ConfigureTabPage siteSetup={siteSetup} configure={configure} onChoice={onChoice} />
    </FluentProvider>,
  );
}

/** The configuration page on the local emulator's site, for a simulated host (the browser tests). */
export function showLocalTabConfiguration(
  reactRoot: ReactRoot,
  host: HostInfo,
  config: LocalConfig,
  getToken: () => Promise<string>,
): Promise<void> {
  return showTabConfiguration(reactRoot, {
    host,
    graphBaseUrl: config.graphBaseUrl,
    siteId: config.siteId,
    siteUrl: `${config.emulatorUrl}${LOCAL_SITE_PATH}`,
    appUrl: window.location.origin,
    store: createGraphPlanStore({ graphBaseUrl: config.graphBaseUrl, siteId: config.siteId, getToken }),
    getToken,
    getSharePointToken: getToken,
  });
}
