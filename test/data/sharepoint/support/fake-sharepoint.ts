import type { SpRest } from '../../../../src/data/sharepoint/sp-rest-client';

/** A principal holding a permission level on one securable object. */
export interface FakeBinding {
  readonly principal: number;
  readonly role: number;
}

export interface FakeUser {
  readonly id: number;
  readonly loginName: string;
  readonly entraId: string;
  readonly upn: string;
}

export const ROLE = { fullControl: 1073741829, contribute: 1073741827, read: 1073741826, limited: 1073741825 };
export const GROUP = { owners: 3, visitors: 4, members: 5 };
const WEB = '/_api/web';

/**
 * SharePoint REST in memory, just enough of it for the permission applier: role definitions, the
 * site's users and groups, and role assignments with inheritance (copy or not). Every request is
 * recorded; `writes` are the POSTs.
 */
export function fakeSharePoint(people: readonly FakeUser[], known: readonly number[]) {
  let nextId = 100;
  const roles = [
    { Id: ROLE.limited, Name: 'Limited Access', RoleTypeKind: 1, Hidden: true },
    { Id: ROLE.read, Name: 'Read', RoleTypeKind: 2 },
    { Id: ROLE.contribute, Name: 'Contribute', RoleTypeKind: 3 },
    { Id: ROLE.fullControl, Name: 'Full Control', RoleTypeKind: 5 },
  ] as Record<string, unknown>[];
  const siteUsers = people.filter((p) => known.includes(p.id));
  const groups = new Map<number, { title: string; users: Set<number>; owner: number }>([
    [GROUP.owners, { title: 'Site Owners', users: new Set([1]), owner: GROUP.owners }],
    [GROUP.visitors, { title: 'Site Visitors', users: new Set(), owner: GROUP.owners }],
    [GROUP.members, { title: 'Site Members', users: new Set(), owner: GROUP.owners }],
  ]);
  const webBindings: FakeBinding[] = [
    { principal: GROUP.owners, role: ROLE.fullControl },
    { principal: GROUP.visitors, role: ROLE.read },
    { principal: GROUP.members, role: 1073741830 },
  ];
  const scopes = new Map<string, FakeBinding[]>();
  const items = new Map<string, { id: number; planId: string }[]>();
  const requests: { method: string; path: string }[] = [];

  const parentOf = (scope: string): string => {
    const item = /^(.*)\/items\(\d+\)$/.exec(scope);
    if (item?.[1]) return scope.includes('/items(') ? item[1] : WEB;
    const folder = /^\/_api\/web\/GetFolderByServerRelativeUrl\('(.*)\/[^/]*'\)\/ListItemAllFields$/.exec(scope);
    const parentFolder = folder ? `${WEB}/GetFolderByServerRelativeUrl('${folder[1]}')/ListItemAllFields` : WEB;
    return scopes.has(parentFolder) ? parentFolder : WEB;
  };
  const effective = (scope: string): FakeBinding[] =>
    scope === WEB ? webBindings : (scopes.get(scope) ?? effective(parentOf(scope)));
  const userView = (u: FakeUser) => ({ Id: u.id, LoginName: u.loginName, AadObjectId: { NameId: u.entraId } });

  const securable = (path: string, body: unknown): unknown => {
    const m =
      /^(.*)\/(hasuniqueroleassignments|breakroleinheritance\(copyRoleAssignments=(true|false),clearSubscopes=false\)|roleassignments(?:\?.*|\/(add|remove)roleassignment\(principalid=(\d+),roledefid=(\d+)\))?)$/.exec(
        path,
      );
    if (!m?.[1]) throw new Error(`The fake does not serve ${path} (${JSON.stringify(body)})`);
    const scope = m[1];
    if (m[2] === 'hasuniqueroleassignments') return { value: scopes.has(scope) };
    if (m[3] !== undefined) {
      const copied = m[3] === 'true' ? effective(parentOf(scope)) : [{ principal: 1, role: ROLE.fullControl }];
      if (!scopes.has(scope)) scopes.set(scope, [...copied]);
      return null;
    }
    const own = scopes.get(scope);
    if (m[4] === undefined) {
      const byPrincipal = new Map<number, number[]>();
      for (const b of effective(scope)) byPrincipal.set(b.principal, [...(byPrincipal.get(b.principal) ?? []), b.role]);
      return {
        value: [...byPrincipal].map(([p, r]) => ({ PrincipalId: p, RoleDefinitionBindings: r.map((Id) => ({ Id })) })),
      };
    }
    if (!own) throw new Error(`${scope} inherits`);
    const binding = { principal: Number(m[5]), role: Number(m[6]) };
    const rest = own.filter((b) => b.principal !== binding.principal || b.role !== binding.role);
    scopes.set(scope, m[4] === 'add' ? [...rest, binding] : rest);
    return null;
  };

  const web = (method: string, path: string, body: Record<string, unknown>): unknown => {
    const group = /^\/_api\/web\/sitegroups\((\d+)\)(.*)$/.exec(path);
    if (path.startsWith(`${WEB}/roledefinitions`)) {
      if (method === 'GET') return { value: roles };
      const role = { Id: 1073741924, Name: body['Name'], RoleTypeKind: 0 };
      roles.push(role);
      return role;
    }
    const associated = /^\/_api\/web\/associated(owner|member|visitor)group/.exec(path)?.[1];
    if (associated) return { Id: GROUP[`${associated}s` as keyof typeof GROUP] };
    if (path.startsWith(`${WEB}/siteusers`)) return { value: siteUsers.map(userView) };
    if (path === `${WEB}/ensureuser`) {
      const user = people.find((p) => p.upn === body['logonName']);
      if (!user) throw new Error(`No user ${String(body['logonName'])}`);
      if (!siteUsers.includes(user)) siteUsers.push(user);
      return userView(user);
    }
    if (path.startsWith(`${WEB}/sitegroups?`)) return { value: [...groups].map(([Id, g]) => ({ Id, Title: g.title })) };
    if (path === `${WEB}/sitegroups`) {
      const id = nextId++;
      groups.set(id, { title: String(body['Title']), users: new Set([1]), owner: 1 });
      return { Id: id, Title: body['Title'] };
    }
    const found = group?.[1] ? groups.get(Number(group[1])) : undefined;
    if (found && group) {
      const [, , rest = ''] = group;
      if (rest.startsWith('/users?')) return { value: [...found.users].map((Id) => ({ Id })) };
      if (rest === '/users') found.users.add(siteUsers.find((u) => u.loginName === body['LoginName'])?.id ?? -1);
      const removed = /^\/users\/removebyid\((\d+)\)$/.exec(rest)?.[1];
      if (removed) found.users.delete(Number(removed));
      const owner = /^\/SetUserAsOwner\((\d+)\)$/.exec(rest)?.[1];
      if (owner) found.owner = Number(owner);
      return null;
    }
    const list = /^\/_api\/web\/lists\/getbytitle\('([^']*)'\)\/items\?.*PlanId eq '([^']*)'/.exec(path);
    if (list?.[1] && list[2] !== undefined) {
      const scopeOf = (id: number) => `${WEB}/lists/getbytitle('${list[1]}')/items(${id})`;
      const planItems = (items.get(list[1]) ?? []).filter((i) => i.planId === list[2]);
      return { value: planItems.map((i) => ({ Id: i.id, HasUniqueRoleAssignments: scopes.has(scopeOf(i.id)) })) };
    }
    return securable(path, body);
  };

  const rest: SpRest = {
    get: async (path) => handle('GET', path, undefined),
    post: async (path, body) => handle('POST', path, body),
  };
  async function handle(method: string, raw: string, body: unknown) {
    const path = decodeURIComponent(raw);
    requests.push({ method, path });
    return web(method, path, (body ?? {}) as Record<string, unknown>);
  }

  return {
    rest,
    requests,
    writes: () => requests.filter((r) => r.method === 'POST'),
    groups,
    scopes,
    items,
    siteUsers,
    /** The bindings of a scope as `principal:role` strings, sorted. */
    bindings: (scope: string) =>
      effective(scope)
        .map((b) => `${b.principal}:${b.role}`)
        .sort(),
  };
}
