import type { AssociatedGroups } from './site-groups';
import type { RoleIds } from './site-roles';
import type { SpRest } from './sp-rest-client';
import { allValues, numberOf } from './sp-values';
import type { WriteCounter } from './write-counter';

/** A principal (group or user) holding a permission level, by their SharePoint ids. */
export interface Binding {
  readonly principal: number;
  readonly role: number;
}

export type ScopeMode =
  /**
   * A list (or the library's submissions folder) shared by every plan: this plan's groups are
   * kept exactly as planned and the site's Members and Visitors removed; any other principal
   * (the site's Owners, other plans' groups, what an administrator added) is left alone.
   */
  | { readonly kind: 'shared'; readonly ours: ReadonlySet<number> }
  /** One plan's item or folder: exactly the planned bindings. */
  | { readonly kind: 'exclusive' };

export interface Scope {
  /** The securable object, e.g. `/_api/web/lists/getbytitle('JTAI Actions')/items(4)`. */
  readonly path: string;
  /** Whether it already has unique role assignments, where the caller has read it already. */
  readonly unique?: boolean;
  /** Whether breaking inheritance copies the parent's assignments (see `syncScope`). */
  readonly copy: boolean;
  readonly wanted: readonly Binding[];
  readonly mode: ScopeMode;
}

export interface ScopeContext {
  readonly rest: SpRest;
  readonly writer: WriteCounter;
  readonly roles: RoleIds;
  readonly site: AssociatedGroups;
}

const keyOf = (b: Binding) => `${b.principal}:${b.role}`;

async function readBindings(rest: SpRest, path: string): Promise<Binding[]> {
  const assignments = await allValues(
    rest,
    `${path}/roleassignments?$expand=RoleDefinitionBindings&$select=PrincipalId,RoleDefinitionBindings/Id`,
  );
  return assignments.flatMap((a) => {
    const principal = numberOf(a['PrincipalId'], 'a role assignment');
    const bindings = Array.isArray(a['RoleDefinitionBindings']) ? (a['RoleDefinitionBindings'] as unknown[]) : [];
    return bindings.map((b) => ({ principal, role: numberOf((b as Record<string, unknown>)['Id'], 'a role') }));
  });
}

async function hasUniqueAssignments(rest: SpRest, path: string): Promise<boolean> {
  const reply = (await rest.get(`${path}/hasuniqueroleassignments`)) as { value?: unknown } | null;
  return reply?.value === true;
}

function removable(ctx: ScopeContext, mode: ScopeMode, binding: Binding): boolean {
  if (ctx.roles.ignored.has(binding.role)) return false;
  if (mode.kind === 'exclusive') return true;
  const { members, visitors } = ctx.site;
  return mode.ours.has(binding.principal) || binding.principal === members || binding.principal === visitors;
}

/**
 * Brings one securable object's role assignments to the plan, reading first and writing only the
 * difference. Inheritance is broken without clearing the object's children's own permissions;
 * with `copy`, the parent's assignments (the site's Owners among them) are kept, otherwise
 * SharePoint leaves only the caller, with Full Control, which an exclusive scope then replaces.
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee545470(v=office.15)
 * Additions go first, so the object is never left without its owners.
 */
export async function syncScope(ctx: ScopeContext, scope: Scope): Promise<void> {
  const unique = scope.unique ?? (await hasUniqueAssignments(ctx.rest, scope.path));
  if (!unique) {
    await ctx.writer.post(
      `${scope.path}/breakroleinheritance(copyRoleAssignments=${scope.copy ? 'true' : 'false'},clearSubscopes=false)`,
    );
  }
  const current = await readBindings(ctx.rest, scope.path);
  const have = new Set(current.map(keyOf));
  const wanted = new Map(scope.wanted.map((b) => [keyOf(b), b]));
  for (const b of [...wanted.values()].filter((w) => !have.has(keyOf(w)))) {
    await ctx.writer.post(
      `${scope.path}/roleassignments/addroleassignment(principalid=${b.principal},roledefid=${b.role})`,
    );
  }
  for (const b of current.filter((c) => !wanted.has(keyOf(c)) && removable(ctx, scope.mode, c))) {
    await ctx.writer.post(
      `${scope.path}/roleassignments/removeroleassignment(principalid=${b.principal},roledefid=${b.role})`,
    );
  }
}
