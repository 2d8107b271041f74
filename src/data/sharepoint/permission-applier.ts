import { syncGroups } from './group-sync';
import type { PermissionPlan, PlannedAssignment, PlannedList } from './permission-plan';
import { listPath, readPlanItems } from './plan-items';
import { syncScope, type Binding, type ScopeContext, type ScopeMode } from './scope-sync';
import { readAssociatedGroups } from './site-groups';
import { resolveSiteUsers, type UpnLookup } from './site-people';
import { appendRoleExists, ensureRoles } from './site-roles';
import type { SpRest } from './sp-rest-client';
import { forEachLimited, urlLiteral } from './sp-values';
import { WriteCounter } from './write-counter';

/** Server-relative URLs of the library's submissions folder and of the plan's folder in it. */
export interface PlanFolders {
  readonly submissions: string;
  readonly plan: string;
}

export interface ApplyOptions {
  readonly lookUpUpns: UpnLookup;
  readonly folders: PlanFolders;
}

/** Items whose permissions are read and written at once: enough to overlap round trips, few enough not to be throttled. */
const ITEM_CONCURRENCY = 4;

const EXCLUSIVE: ScopeMode = { kind: 'exclusive' };

/** A folder as the list item that carries its permissions. */
const folderPath = (serverRelativeUrl: string) =>
  `/_api/web/GetFolderByServerRelativeUrl(${urlLiteral(serverRelativeUrl)})/ListItemAllFields`;

/** Item permissions are in use on the site once its append-only permission level exists. */
export const permissionsEnabled = (rest: SpRest): Promise<boolean> => appendRoleExists(rest);

/** Prepares the site for item permissions (the permission level), before any plan exists; returns the writes made. */
export async function enablePermissions(rest: SpRest): Promise<number> {
  const writer = new WriteCounter(rest);
  await ensureRoles(rest, writer);
  return writer.writes;
}

type ToBinding = (assignment: PlannedAssignment) => Binding;

/**
 * The list itself, then each of the plan's items in it. Items added after the last sync by
 * someone who is not a site owner inherit the list's permissions (readable by every plan's
 * groups) until a site owner's next sync gives them the plan's.
 */
async function syncList(
  ctx: ScopeContext,
  plan: PermissionPlan,
  list: PlannedList,
  bind: ToBinding,
  ours: Set<number>,
) {
  const path = listPath(list.title);
  await syncScope(ctx, { path, copy: true, wanted: list.listAssignments.map(bind), mode: { kind: 'shared', ours } });
  const items = await readPlanItems(ctx.rest, list.title, plan.planId);
  await forEachLimited(items, ITEM_CONCURRENCY, (item) =>
    syncScope(ctx, {
      path: `${path}/items(${item.id})`,
      unique: item.unique,
      // Copying would bring every other plan's groups onto the item only to remove them again.
      copy: false,
      wanted: (list.itemsById.get(item.id) ?? list.itemAssignments).map(bind),
      mode: EXCLUSIVE,
    }),
  );
}

/**
 * Makes the site's groups and role assignments match one plan, reading first and writing only the
 * difference: a second run over an unchanged plan writes nothing. Returns the writes made.
 */
export async function applyPermissionPlan(rest: SpRest, plan: PermissionPlan, options: ApplyOptions): Promise<number> {
  const writer = new WriteCounter(rest);
  const [roles, site] = await Promise.all([ensureRoles(rest, writer), readAssociatedGroups(rest)]);
  const people = await resolveSiteUsers(
    rest,
    writer,
    plan.groups.flatMap((g) => g.userIds),
    options.lookUpUpns,
  );
  const groups = await syncGroups(rest, writer, plan, people, site.owners);
  const ctx: ScopeContext = { rest, writer, roles, site };
  const bind: ToBinding = ({ principal, role }) => {
    const id = principal.kind === 'site-owners' ? site.owners : groups.get(principal.title);
    if (id === undefined) throw new Error(`The group ${JSON.stringify(principal)} should exist once synced.`);
    return { principal: id, role: roles.byRole[role] };
  };
  const ours = new Set([...groups].filter(([title]) => title.startsWith(plan.groupPrefix)).map(([, id]) => id));
  for (const list of plan.lists) await syncList(ctx, plan, list, bind, ours);
  const library = options.folders;
  await syncScope(ctx, {
    path: folderPath(library.submissions),
    copy: true,
    wanted: [],
    mode: { kind: 'shared', ours },
  });
  await syncScope(ctx, {
    path: folderPath(library.plan),
    copy: true,
    wanted: plan.folderAssignments.map(bind),
    mode: EXCLUSIVE,
  });
  return writer.writes;
}
