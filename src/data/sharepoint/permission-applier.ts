import { APPEND_ROLE, ROLE_TYPE } from './base-permissions';
import type { PermissionPlan, PlannedGroup, PlannedRole, PlannedScope } from './permission-plan';
import type { SpRest } from './sp-rest-client';
import { StoreError } from '../store-error';

/** An OData string literal inside a SharePoint REST path. */
const literal = (text: string) => `'${encodeURIComponent(text.replace(/'/g, "''"))}'`;

const valuesOf = (body: unknown): Record<string, unknown>[] => {
  const value = (body as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) {
    throw new StoreError('server', 'SharePoint sent a collection the app could not read.', {
      code: 'unexpectedResponse',
    });
  }
  return value as Record<string, unknown>[];
};

const numberOf = (value: unknown, what: string): number => {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new StoreError('server', `SharePoint sent ${what} without an id.`, { code: 'unexpectedResponse' });
  }
  return n;
};

interface RoleIds {
  readonly byRole: Readonly<Record<PlannedRole, number>>;
  /** "Limited Access", which SharePoint adds and removes itself: never touched. */
  readonly ignored: ReadonlySet<number>;
}

/** Counts the writes an applier makes, so a caller can tell a no-op run from one that changed things. */
class Writer {
  writes = 0;
  constructor(private readonly rest: SpRest) {}
  post(path: string, body?: unknown) {
    this.writes += 1;
    return this.rest.post(path, body);
  }
}

async function ensureRoles(rest: SpRest, writer: Writer): Promise<RoleIds> {
  const roles = valuesOf(await rest.get('/_api/web/roledefinitions?$select=Id,Name,RoleTypeKind'));
  const ofType = (kind: number) => roles.find((r) => r['RoleTypeKind'] === kind)?.['Id'];
  let append = roles.find((r) => r['Name'] === APPEND_ROLE.name)?.['Id'];
  if (append === undefined) {
    const created = (await writer.post('/_api/web/roledefinitions', {
      __metadata: { type: 'SP.RoleDefinition' },
      Name: APPEND_ROLE.name,
      Description: APPEND_ROLE.description,
      Order: 200,
      BasePermissions: {
        __metadata: { type: 'SP.BasePermissions' },
        High: String(APPEND_ROLE.permissions.high),
        Low: String(APPEND_ROLE.permissions.low),
      },
    })) as Record<string, unknown>;
    append = created['Id'];
  }
  return {
    byRole: {
      contribute: numberOf(ofType(ROLE_TYPE.contributor), 'the Contribute permission level'),
      read: numberOf(ofType(ROLE_TYPE.reader), 'the Read permission level'),
      append: numberOf(append, `the "${APPEND_ROLE.name}" permission level`),
    },
    ignored: new Set(roles.filter((r) => r['RoleTypeKind'] === ROLE_TYPE.limitedAccess).map((r) => Number(r['Id']))),
  };
}

/** Creates missing groups and brings their members to the plan; returns group ids by title. */
async function ensureGroups(
  rest: SpRest,
  writer: Writer,
  planned: readonly PlannedGroup[],
): Promise<Map<string, number>> {
  const existing = valuesOf(await rest.get('/_api/web/sitegroups?$select=Id,Title'));
  const ids = new Map<string, number>();
  for (const group of planned) {
    const found = existing.find((g) => g['Title'] === group.title)?.['Id'];
    const id =
      found !== undefined
        ? numberOf(found, `the group ${group.title}`)
        : numberOf(
            (
              (await writer.post('/_api/web/sitegroups', {
                __metadata: { type: 'SP.Group' },
                Title: group.title,
                Description: group.description,
              })) as Record<string, unknown>
            )['Id'],
            `the new group ${group.title}`,
          );
    ids.set(group.title, id);
    await syncGroupUsers(rest, writer, id, group);
  }
  return ids;
}

async function syncGroupUsers(rest: SpRest, writer: Writer, groupId: number, group: PlannedGroup): Promise<void> {
  const users = valuesOf(await rest.get(`/_api/web/sitegroups(${groupId})/users?$select=Id,LoginName`));
  const has = (login: string) => users.some((u) => String(u['LoginName']).toLowerCase() === login);
  for (const login of group.loginNames.filter((l) => !has(l))) {
    // Ensuring first makes a person who never opened the site known to it (guests included).
    await writer.post('/_api/web/ensureuser', { logonName: login });
    await writer.post(`/_api/web/sitegroups(${groupId})/users`, { __metadata: { type: 'SP.User' }, LoginName: login });
  }
  for (const user of users.filter((u) => !group.loginNames.includes(String(u['LoginName']).toLowerCase()))) {
    await writer.post(`/_api/web/sitegroups(${groupId})/users/removebyid(${numberOf(user['Id'], 'a group member')})`);
  }
}

const scopePath = (scope: PlannedScope) =>
  `/_api/web/lists/getbytitle(${literal(scope.list)})${scope.itemId === null ? '' : `/items(${scope.itemId})`}`;

async function syncScope(
  rest: SpRest,
  writer: Writer,
  scope: PlannedScope,
  groups: Map<string, number>,
  roles: RoleIds,
) {
  const path = scopePath(scope);
  const unique = (await rest.get(`${path}/hasuniqueroleassignments`)) as { value?: unknown } | null;
  if (unique?.value !== true) {
    // Copying the site's assignments would keep the team's Edit on every item; the person applying
    // keeps Full Control (SharePoint gives it them), and a list keeps its items' own permissions.
    await writer.post(
      `${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=${scope.exclusive ? 'true' : 'false'})`,
    );
  }
  const current = valuesOf(await rest.get(`${path}/roleassignments?$expand=RoleDefinitionBindings`)).flatMap((a) => {
    const bindings = Array.isArray(a['RoleDefinitionBindings'])
      ? (a['RoleDefinitionBindings'] as Record<string, unknown>[])
      : [];
    return bindings.map((b) => `${Number(a['PrincipalId'])}:${Number(b['Id'])}`);
  });
  const wanted = scope.assignments.map((a) => `${groups.get(a.group)}:${roles.byRole[a.role]}`);
  const ours = new Set([...groups.values()].map(String));
  for (const pair of wanted.filter((w) => !current.includes(w))) {
    const [principal, role] = pair.split(':');
    await writer.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`);
  }
  for (const pair of current.filter((c) => !wanted.includes(c))) {
    const [principal = '', role = ''] = pair.split(':');
    if (roles.ignored.has(Number(role)) || (!scope.exclusive && !ours.has(principal))) continue;
    await writer.post(`${path}/roleassignments/removeroleassignment(principalid=${principal},roledefid=${role})`);
  }
}

/** Item permissions are in use on the site once its append-only permission level exists. */
export async function permissionsEnabled(rest: SpRest): Promise<boolean> {
  const roles = valuesOf(await rest.get('/_api/web/roledefinitions?$select=Id,Name,RoleTypeKind'));
  return roles.some((r) => r['Name'] === APPEND_ROLE.name);
}

/** Prepares the site for item permissions (the permission level), before any plan exists; returns the writes made. */
export async function enablePermissions(rest: SpRest): Promise<number> {
  const writer = new Writer(rest);
  await ensureRoles(rest, writer);
  return writer.writes;
}

/**
 * Makes the site's groups and role assignments match the plan, reading first and writing only
 * the difference: a second run over an unchanged plan writes nothing. Returns the writes made.
 */
export async function applyPermissionPlan(rest: SpRest, plan: PermissionPlan): Promise<number> {
  const writer = new Writer(rest);
  const roles = await ensureRoles(rest, writer);
  const groups = await ensureGroups(rest, writer, plan.groups);
  for (const scope of plan.scopes) await syncScope(rest, writer, scope, groups, roles);
  return writer.writes;
}
