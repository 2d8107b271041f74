import { isActionId, isFindingId, isPlanId, type ActionId, type FindingId, type PlanId } from '../domain/ids';

/** A place in a plan a host can open the tab on: the plan, one of its findings, or one of its actions. */
export interface DeepLink {
  readonly planId: PlanId;
  readonly findingId?: FindingId;
  readonly actionId?: ActionId;
}

/**
 * Teams carries a deep link's target as the tab's `subPageId`. Ours is `kind:id` pairs joined by
 * `/`: `plan:plan-x/action:act-123`. A channel tab already shows one plan (its entity id), so
 * there `action:act-123` or `finding:fnd-1` alone is enough.
 */
export function formatSubPageId(link: DeepLink, tabPlanId: string | null = null): string {
  const parts = link.planId === tabPlanId ? [] : [`plan:${link.planId}`];
  if (link.actionId) parts.push(`action:${link.actionId}`);
  else if (link.findingId) parts.push(`finding:${link.findingId}`);
  return parts.length > 0 ? parts.join('/') : `plan:${link.planId}`;
}

/** Reads a `subPageId` back; unknown or malformed ones open the tab as usual (null). */
export function parseSubPageId(subPageId: string | null, tabPlanId: string | null = null): DeepLink | null {
  if (!subPageId) return null;
  let planId: PlanId | null = isPlanId(tabPlanId) ? tabPlanId : null;
  let findingId: FindingId | undefined;
  let actionId: ActionId | undefined;
  for (const part of subPageId.trim().split('/')) {
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

/**
 * A https://teams.microsoft.com link that opens the app's tab on a finding or action: what an
 * activity notification or an e-mail can carry. `pageId` is the tab's entity id (the static tab's
 * id, or the plan id of a channel tab, which also needs the channel).
 */
export function teamsDeepLinkUrl(options: {
  readonly appId: string;
  readonly pageId: string;
  readonly link: DeepLink;
  readonly label?: string;
  readonly webUrl?: string;
  readonly channelId?: string;
}): string {
  const context: Record<string, string> = { subEntityId: formatSubPageId(options.link) };
  if (options.channelId) context['channelId'] = options.channelId;
  const query = new URLSearchParams();
  if (options.webUrl) query.set('webUrl', options.webUrl);
  if (options.label) query.set('label', options.label);
  query.set('context', JSON.stringify(context));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.appId)}/${encodeURIComponent(options.pageId)}?${query.toString()}`;
}
