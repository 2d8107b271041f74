import type { TeamsActivityOptions } from '../data/graph/teams-activity';
import { isPlanId, type PlanId } from '../domain/ids';
import type { NotificationTarget } from '../domain/notifications/notification';
import { teamsDeepLinkUrl, type DeepLink, type TeamsLinkTarget } from '../host/deep-link';
import type { HostInfo } from '../host/host-kind';
import { routeOfTarget } from '../ui/routing/notification-route';
import { formatRoute } from '../ui/routing/route';
import { linkWithSite } from './linked-site';

/** The personal tab's entity id in the manifest; its deep links can open any plan of any site. */
export const PERSONAL_TAB_ID = 'plans';

const LABEL = 'JTAI Action Plan';

export interface TeamsActivitySettings {
  /** The Teams app's own id (`JTAI_APP_ID`, the manifest's `id`); without it no activity is sent. */
  readonly appId: string | null;
  /** Where the app is served: the link's fallback for a client that cannot show the tab. */
  readonly appUrl: string;
  /** The SharePoint site holding the plans this session works on. */
  readonly siteUrl: string;
  /** Where the reason for sending no activity is written; `console.warn` unless given. */
  readonly log?: (message: string) => void;
}

/** The channel tab this session runs in, and the plan it was saved with. */
interface ChannelTab {
  readonly planId: PlanId;
  readonly channelId: string;
  readonly groupId: string;
}

const deepLinkOf = (target: NotificationTarget): DeepLink =>
  target.view === 'action' ? { planId: target.planId, actionId: target.actionId } : { planId: target.planId };

function channelTabOf(host: HostInfo): ChannelTab | null {
  const groupId = host.site?.groupId;
  if (!host.channelId || !groupId || !isPlanId(host.pageId)) return null;
  return { planId: host.pageId, channelId: host.channelId, groupId };
}

export const NO_APP_ID_LOG =
  'Teams activity notifications are off: this build has no JTAI_APP_ID (the Teams app id from the manifest), so notifications reach the in-app Inbox only. Rebuild with JTAI_APP_ID set to send them to the Teams activity feed too.';

/**
 * Teams activity notifications, sent only from inside a Microsoft 365 host and only when the build
 * names the app's id. A notification about the plan of the channel tab in use opens that channel
 * tab (its team and channel); any other opens the personal tab, on the plan's own site.
 */
export function teamsActivityFor(host: HostInfo, settings: TeamsActivitySettings): TeamsActivityOptions | undefined {
  if (host.kind !== 'teams') return undefined;
  const { appId } = settings;
  if (!appId) {
    (settings.log ?? console.warn)(NO_APP_ID_LOG);
    return undefined;
  }
  const channelTab = channelTabOf(host);
  const tenantId = host.user?.tenantId ?? undefined;
  return {
    webUrlFor: (target) => {
      const common = {
        appId,
        link: deepLinkOf(target),
        label: LABEL,
        webUrl: linkWithSite(settings.appUrl, settings.siteUrl, formatRoute(routeOfTarget(target))),
        ...(tenantId && { tenantId }),
      };
      const link: TeamsLinkTarget =
        channelTab && target.planId === channelTab.planId
          ? { ...common, pageId: channelTab.planId, channelId: channelTab.channelId, groupId: channelTab.groupId }
          : { ...common, pageId: PERSONAL_TAB_ID, siteUrl: settings.siteUrl };
      return teamsDeepLinkUrl(link);
    },
  };
}
