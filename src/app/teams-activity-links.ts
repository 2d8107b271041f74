import type { TeamsActivityOptions } from '../data/graph/teams-activity';
import type { NotificationTarget } from '../domain/notifications/notification';
import { teamsDeepLinkUrl, type DeepLink } from '../host/deep-link';
import type { HostInfo } from '../host/host-kind';
import { routeOfTarget } from '../ui/routing/notification-route';
import { formatRoute } from '../ui/routing/route';

/** The personal tab's entity id in the manifest; its deep links can open any plan of the site. */
const PERSONAL_TAB_ID = 'plans';

const deepLinkOf = (target: NotificationTarget): DeepLink =>
  target.view === 'action' ? { planId: target.planId, actionId: target.actionId } : { planId: target.planId };

/**
 * Teams activity notifications are sent only from inside Teams, where the host names the app's
 * catalogue id that a deep link needs; anywhere else the inbox alone carries notifications.
 */
export function teamsActivityFor(host: HostInfo, appUrl: string): TeamsActivityOptions | undefined {
  const appId = host.kind === 'teams' ? host.appId : undefined;
  if (!appId) return undefined;
  return {
    webUrlFor: (target) =>
      teamsDeepLinkUrl({
        appId,
        pageId: PERSONAL_TAB_ID,
        link: deepLinkOf(target),
        label: 'JTAI Action Plan',
        webUrl: `${appUrl}/${formatRoute(routeOfTarget(target))}`,
      }),
  };
}
