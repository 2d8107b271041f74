import { isActionId, isFindingId, isPlanId, type ActionId, type FindingId, type PlanId } from '../domain/ids';

/** A place in a plan a host can open the tab on: the plan, one of its findings, or one of its actions. */
export interface DeepLink {
  readonly planId: PlanId;
  readonly findingId?: FindingId;
  readonly actionId?: ActionId;
}

/** The sub-page id part naming the site that holds the plan (personal-tab links only). */
const SITE_PART = 'site:';

/**
 * Teams carries a deep link's target as the tab's `subPageId`. Ours is `kind:id` pairs joined by
 * `/`: `plan:plan-x/action:act-123`. A channel tab already shows one plan (its entity id), so
 * there `action:act-123` or `finding:fnd-1` alone is enough. A link into the personal tab, which
 * has no team site of its own, may start with the plan's site, URL-encoded: `site:https%3A%2F%2F…/plan:…`.
 */
export function formatSubPageId(
  link: DeepLink,
  tabPlanId: string | null = null,
  siteUrl: string | null = null,
): string {
  const parts = link.planId === tabPlanId ? [] : [`plan:${link.planId}`];
  if (link.actionId) parts.push(`action:${link.actionId}`);
  else if (link.findingId) parts.push(`finding:${link.findingId}`);
  if (parts.length === 0) parts.push(`plan:${link.planId}`);
  return [...(siteUrl ? [`${SITE_PART}${encodeURIComponent(siteUrl)}`] : []), ...parts].join('/');
}

/** Reads a `subPageId` back; unknown or malformed ones open the tab as usual (null). The site part is skipped. */
export function parseSubPageId(subPageId: string | null, tabPlanId: string | null = null): DeepLink | null {
  if (!subPageId) return null;
  let planId: PlanId | null = isPlanId(tabPlanId) ? tabPlanId : null;
  let findingId: FindingId | undefined;
  let actionId: ActionId | undefined;
  for (const part of subPageId.trim().split('/')) {
    if (part.startsWith(SITE_PART)) continue;
    const [kind, id, ...rest] = part.split(':');
    if (rest.length > 0) return null;
    if (kind === 'plan' && isPlanId(id)) planId = id;
    else if (kind === 'finding' && isFindingId(id)) findingId = id;
    else if (kind === 'action' && isActionId(id)) actionId = id;
    else return null;
  }
  if (!planId) return null;
  if (actionId) return { planId, actionId };
  return findingId ? { planId, findingId } : { planId };
}

/** The site a `subPageId` names (an absolute https address), or null when it names none or a malformed one. */
export function siteOfSubPageId(subPageId: string | null): string | null {
  const part = subPageId
    ?.trim()
    .split('/')
    .find((p) => p.startsWith(SITE_PART));
  if (!part) return null;
  try {
    const url = new URL(decodeURIComponent(part.slice(SITE_PART.length)));
    return url.protocol === 'https:' ? `${url.origin}${url.pathname}`.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** Where a link opens: the personal tab (on a named site), or a channel tab of a team. */
export interface TeamsLinkTarget {
  readonly appId: string;
  /** The tab's entity id: the personal tab's id, or the plan id a channel tab was saved with. */
  readonly pageId: string;
  readonly link: DeepLink;
  readonly label?: string;
  /** Opened instead where the Teams client cannot show the tab. */
  readonly webUrl?: string;
  /** The channel of a channel tab (`19:…@thread.tacv2`); absent for the personal tab. */
  readonly channelId?: string;
  /** The team's Microsoft 365 group id, with a channel tab. */
  readonly groupId?: string;
  /** The tenant the team is in, so Teams opens the link in the right organisation. */
  readonly tenantId?: string;
  /** The SharePoint site of the plan, for a personal tab, which has no team site to go by. */
  readonly siteUrl?: string;
}

/**
 * A https://teams.microsoft.com link that opens the app's tab on a plan, finding or action: what an
 * activity notification or an e-mail can carry (Microsoft's "deep link to an application": the
 * entity id in the path, `context` holding `subEntityId` and, for a channel tab, `channelId`).
 */
export function teamsDeepLinkUrl(target: TeamsLinkTarget): string {
  const tabPlanId = target.channelId ? target.pageId : null;
  const context: Record<string, string> = {
    subEntityId: formatSubPageId(target.link, tabPlanId, target.channelId ? null : (target.siteUrl ?? null)),
  };
  if (target.channelId) context['channelId'] = target.channelId;
  const query = new URLSearchParams();
  if (target.tenantId) query.set('tenantId', target.tenantId);
  if (target.webUrl) query.set('webUrl', target.webUrl);
  if (target.label) query.set('label', target.label);
  query.set('context', JSON.stringify(context));
  if (target.channelId && target.groupId) query.set('groupId', target.groupId);
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(target.pageId)}?${query.toString()}`;
}
