import type { PlanId } from '../../domain/ids';
import { hasPermission, PERMISSION_KIND } from '../sharepoint/base-permissions';
import { ensurePlanFolder } from '../sharepoint/graph-plan-folder';
import { graphUpnLookup } from '../sharepoint/graph-upn-lookup';
import { applyPermissionPlan, enablePermissions, permissionsEnabled } from '../sharepoint/permission-applier';
import { planPermissions, type PlanMemberInput } from '../sharepoint/permission-plan';
import { createSpRestClient, type SpRestOptions } from '../sharepoint/sp-rest-client';
import type { PlanPermissions } from '../site-setup.port';
import { StoreError } from '../store-error';
import { graphApi } from './graph-api';
import { createGraphClient, type RetrySettings } from './graph-client';
import { queryItems } from './item-queries';
import type { ItemFields } from './list-item';
import { planFromFields } from './mappers/plan.mapper';
import { createStoreContext } from './store-context';

export interface SharePointPlanPermissionsOptions {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** Graph's token: the plan's members and actions, people's names and the plan's folder go through Graph. */
  readonly getToken: () => Promise<string>;
  /** SharePoint REST at the site's URL, with a SharePoint token. */
  readonly sharePoint: SpRestOptions;
  readonly fetch?: typeof fetch;
  readonly retry?: Partial<RetrySettings>;
}

const bitsOf = (body: unknown) => {
  const mask = body as { High?: unknown; Low?: unknown } | null;
  return { high: Number(mask?.High ?? 0) >>> 0, low: Number(mask?.Low ?? 0) >>> 0 };
};

const textOf = (fields: ItemFields, name: string): string => {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** A member item as the permission plan needs it; read from the columns, whatever the app's member model holds. */
const memberOf = (fields: ItemFields): PlanMemberInput => ({
  userId: textOf(fields, 'UserId'),
  role: textOf(fields, 'Role'),
  agency: textOf(fields, 'Agency') || null,
  removed: fields['Removed'] === true,
});

/** Item permissions of plans, read from the lists through Graph and applied through SharePoint REST. */
export function createSharePointPlanPermissions(options: SharePointPlanPermissionsOptions): PlanPermissions {
  const api = graphApi(createGraphClient(options));
  const ctx = createStoreContext(api, options.siteId);
  const rest = createSpRestClient(options.sharePoint);

  return {
    async canManageSite() {
      const mask = bitsOf(await rest.get('/_api/web/effectivebasepermissions'));
      return hasPermission(mask, PERMISSION_KIND.manageWeb) || hasPermission(mask, PERMISSION_KIND.managePermissions);
    },
    enabled: () => permissionsEnabled(rest),
    enable: async () => void (await enablePermissions(rest)),
    async planIds() {
      const plans = await queryItems(ctx, 'plans');
      return [...new Set(plans.map((p) => planFromFields(p.fields).id))];
    },
    async syncPlan(planId: PlanId) {
      const [plans, members, actions] = await Promise.all([
        queryItems(ctx, 'plans', { PlanId: planId }),
        queryItems(ctx, 'members', { PlanId: planId }),
        queryItems(ctx, 'actions', { PlanId: planId }),
      ]);
      const [planItem] = plans;
      if (!planItem)
        throw new StoreError('not-found', `There is no plan ${planId} on this site.`, { code: 'planNotFound' });
      const plan = planFromFields(planItem.fields);
      const permissionPlan = planPermissions({
        planId,
        agencies: plan.agencies.map((a) => a.key),
        members: members.map((m) => memberOf(m.fields)),
        actions: actions.map((a) => ({ itemId: Number(a.id), agency: textOf(a.fields, 'Agency') || null })),
      });
      const { folders, created } = await ensurePlanFolder(api, options.siteId, planId);
      const writes = await applyPermissionPlan(rest, permissionPlan, { lookUpUpns: graphUpnLookup(api), folders });
      return { planId, planTitle: plan.title, writes: writes + (created ? 1 : 0) };
    },
  };
}
