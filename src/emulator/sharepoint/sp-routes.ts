import {
  getAssociatedGroup,
  addGroupUser,
  createGroup,
  getGroup,
  listGroups,
  listGroupUsers,
  removeGroupUser,
  setGroupOwner,
} from './sp-group-routes';
import { queryListItems } from './sp-item-query';
import type { SpRequest } from './sp-request';
import { createRoleDefinition, listRoleDefinitions } from './sp-role-routes';
import * as scope from './sp-scope-routes';
import { QUOTED, SECURABLE, securableOf, unquote } from './sp-targets';
import { listSiteUsers, postEnsureUser } from './sp-user-routes';

export type SpHandler = (request: SpRequest, match: RegExpExecArray) => unknown;

export interface SpRoute {
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, SpHandler>>;
  /** Creating an entity answers 201. */
  readonly creates?: boolean;
}

/** SharePoint REST paths are case-insensitive. */
const path = (source: string) => new RegExp(`^${source}$`, 'i');
const n = (text: string | undefined) => Number(text);

/** A route on any securable object; the suffix's groups come after the securable's three. */
const onSecurable = (suffix: string, methods: Record<string, SpHandler>): SpRoute => ({
  pattern: path(`${SECURABLE}${suffix}`),
  methods,
});

const SECURABLE_ROUTES: readonly SpRoute[] = [
  onSecurable('/hasuniqueroleassignments', { GET: (r, m) => scope.hasUniqueRoleAssignments(r, securableOf(r, m)) }),
  onSecurable('/effectivebasepermissions', { GET: (r, m) => scope.effectiveBasePermissions(r, securableOf(r, m)) }),
  onSecurable(String.raw`/breakroleinheritance\(copyroleassignments=(true|false),\s*clearsubscopes=(true|false)\)`, {
    POST: (r, m) =>
      scope.breakRoleInheritance(r, securableOf(r, m), m[4]?.toLowerCase() === 'true', m[5]?.toLowerCase() === 'true'),
  }),
  onSecurable('/roleassignments', { GET: (r, m) => scope.listRoleAssignments(r, securableOf(r, m)) }),
  onSecurable(String.raw`/roleassignments/getbyprincipalid\((\d+)\)`, {
    GET: (r, m) => scope.getByPrincipalId(r, securableOf(r, m), n(m[4])),
  }),
  onSecurable(String.raw`/roleassignments/addroleassignment\(principalid=(\d+),\s*roledefid=(\d+)\)`, {
    POST: (r, m) => scope.addRoleAssignment(r, securableOf(r, m), n(m[4]), n(m[5])),
  }),
  onSecurable(String.raw`/roleassignments/removeroleassignment\(principalid=(\d+),\s*roledefid=(\d+)\)`, {
    POST: (r, m) => scope.removeRoleAssignment(r, securableOf(r, m), n(m[4]), n(m[5])),
  }),
];

const WEB_ROUTES: readonly SpRoute[] = [
  { pattern: path('/ensureuser'), methods: { POST: (r) => postEnsureUser(r) } },
  { pattern: path('/siteusers'), methods: { GET: (r) => listSiteUsers(r) } },
  {
    pattern: path('/(associatedownergroup|associatedmembergroup|associatedvisitorgroup)'),
    methods: { GET: (r, m) => getAssociatedGroup(r, m[1] ?? '') },
  },
  { pattern: path('/sitegroups'), methods: { GET: (r) => listGroups(r), POST: (r) => createGroup(r) }, creates: true },
  { pattern: path(String.raw`/sitegroups\((\d+)\)`), methods: { GET: (r, m) => getGroup(r, n(m[1])) } },
  {
    pattern: path(String.raw`/sitegroups\((\d+)\)/users`),
    methods: { GET: (r, m) => listGroupUsers(r, n(m[1])), POST: (r, m) => addGroupUser(r, n(m[1])) },
    creates: true,
  },
  {
    pattern: path(String.raw`/sitegroups\((\d+)\)/users/removebyid\((\d+)\)`),
    methods: { POST: (r, m) => removeGroupUser(r, n(m[1]), n(m[2])) },
  },
  {
    pattern: path(String.raw`/sitegroups\((\d+)\)/setuserasowner\((\d+)\)`),
    methods: { POST: (r, m) => setGroupOwner(r, n(m[1]), n(m[2])) },
  },
  {
    pattern: path('/roledefinitions'),
    methods: { GET: (r) => listRoleDefinitions(r), POST: (r) => createRoleDefinition(r) },
    creates: true,
  },
  {
    pattern: path(String.raw`/lists/getbytitle\(${QUOTED}\)/items`),
    methods: { GET: (r, m) => queryListItems(r, unquote(m[1])) },
  },
];

/** The SharePoint REST subset the emulator serves under `/_api/web`. */
export const SP_ROUTES: readonly SpRoute[] = [...WEB_ROUTES, ...SECURABLE_ROUTES];
