import type { ActionId, FindingId, PlanId } from '../../domain/ids';

/** Every screen has an address, so a finding or action can be linked to (and, in Teams, deep-linked). */
export type Route =
  | { readonly name: 'plans' }
  | { readonly name: 'new-plan' }
  | { readonly name: 'inbox' }
  | { readonly name: 'site-setup' }
  | { readonly name: 'plan'; readonly planId: PlanId; readonly findingId?: FindingId; readonly actionId?: ActionId }
  | { readonly name: 'my-actions'; readonly planId: PlanId; readonly actionId?: ActionId }
  | { readonly name: 'grid'; readonly planId: PlanId; readonly actionId?: ActionId }
  | { readonly name: 'settings'; readonly planId: PlanId; readonly actionId?: undefined }
  | { readonly name: 'submission'; readonly planId: PlanId; readonly actionId?: undefined }
  | { readonly name: 'governance'; readonly planId: PlanId; readonly actionId?: undefined }
  | { readonly name: 'dashboard'; readonly planId: PlanId; readonly actionId?: undefined };

/** Views of one plan that can have an action open over them. */
export type PlanViewName = 'plan' | 'my-actions' | 'grid' | 'settings' | 'submission' | 'governance' | 'dashboard';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new-plan') return { name: 'new-plan' };
  if (parts[0] === 'inbox') return { name: 'inbox' };
  if (parts[0] === 'site-setup') return { name: 'site-setup' };
  if (parts[0] !== 'plans' || !parts[1]) return { name: 'plans' };
  const planId = parts[1] as PlanId;
  if (parts[2] === 'settings') return { name: 'settings', planId };
  if (parts[2] === 'submission') return { name: 'submission', planId };
  if (parts[2] === 'governance') return { name: 'governance', planId };
  if (parts[2] === 'dashboard') return { name: 'dashboard', planId };
  if (parts[2] === 'grid')
    return parts[3] ? { name: 'grid', planId, actionId: parts[3] as ActionId } : { name: 'grid', planId };
  if (parts[2] === 'my-actions')
    return parts[3] ? { name: 'my-actions', planId, actionId: parts[3] as ActionId } : { name: 'my-actions', planId };
  if (parts[2] === 'findings' && parts[3]) return { name: 'plan', planId, findingId: parts[3] as FindingId };
  if (parts[2] === 'actions' && parts[3]) return { name: 'plan', planId, actionId: parts[3] as ActionId };
  return { name: 'plan', planId };
}

export function formatRoute(route: Route): string {
  if (route.name === 'plans') return '#/plans';
  if (route.name === 'new-plan') return '#/new-plan';
  if (route.name === 'inbox') return '#/inbox';
  if (route.name === 'site-setup') return '#/site-setup';
  const base = `#/plans/${encodeURIComponent(route.planId)}`;
  if (route.name === 'settings') return `${base}/settings`;
  if (route.name === 'submission') return `${base}/submission`;
  if (route.name === 'governance') return `${base}/governance`;
  if (route.name === 'dashboard') return `${base}/dashboard`;
  if (route.name === 'grid') return `${base}/grid${route.actionId ? `/${encodeURIComponent(route.actionId)}` : ''}`;
  if (route.name === 'my-actions')
    return `${base}/my-actions${route.actionId ? `/${encodeURIComponent(route.actionId)}` : ''}`;
  if (route.actionId) return `${base}/actions/${encodeURIComponent(route.actionId)}`;
  if (route.findingId) return `${base}/findings/${encodeURIComponent(route.findingId)}`;
  return base;
}
