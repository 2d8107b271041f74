import { formatSubPageId, type DeepLink } from '../deep-link';
import { initializeTeams } from './teams-sdk';

/**
 * Offers the host's "copy link" for a finding or action of the current tab.
 * Resolves false where the host has no pages capability (the caller then shows its own URL).
 */
export async function shareDeepLink(options: {
  readonly link: DeepLink;
  readonly label: string;
  readonly tabPlanId?: string | null;
  readonly webUrl?: string;
}): Promise<boolean> {
  const { pages } = await initializeTeams();
  if (!pages.isSupported()) return false;
  pages.shareDeepLink({
    subPageId: formatSubPageId(options.link, options.tabPlanId ?? null),
    subPageLabel: options.label,
    subPageWebUrl: options.webUrl,
  });
  return true;
}

/** Opens this app's tab (personal or a channel's) on a finding or action. */
export async function navigateToDeepLink(options: {
  readonly appId: string;
  /** The tab's entity id: the personal tab's id, or the plan id of a channel tab. */
  readonly pageId: string;
  readonly link: DeepLink;
  readonly channelId?: string;
  readonly webUrl?: string;
}): Promise<boolean> {
  const { pages } = await initializeTeams();
  if (!pages.isSupported()) return false;
  await pages.navigateToApp({
    appId: options.appId,
    pageId: options.pageId,
    subPageId: formatSubPageId(options.link),
    channelId: options.channelId,
    webUrl: options.webUrl,
  });
  return true;
}
