import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth/demo-token';
import type { EmulatorCore } from '../emulator-core';
import { EMULATOR_SITE_PATH } from '../emulator-site';
import { GraphError } from '../http/graph-error';
import { headerMap, readJsonBody, sendJson } from '../http/http-io';
import { spBadRequest, spErrorBody, type SpRequest } from './sp-request';
import * as scope from './sp-scope-routes';
import * as web from './sp-web-routes';

const API_WEB = `${EMULATOR_SITE_PATH}/_api/web`.toLowerCase();

/** SharePoint REST under the site's path (`/sites/jtai-partnership/_api/web/…`). */
export const isSpRestPath = (path: string): boolean => {
  const lower = path.toLowerCase();
  return lower === API_WEB || lower.startsWith(`${API_WEB}/`);
};

type Handler = (request: SpRequest, match: RegExpExecArray) => unknown;
interface SpRoute {
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, Handler>>;
  /** Creating an entity answers 201. */
  readonly creates?: boolean;
}

/** `lists/getbytitle('Title')` with an optional `/items(id)`, then the rest of the path. */
const SCOPE = String.raw`/lists/getbytitle\('((?:[^']|'')*)'\)(?:/items\((\d+)\))?`;
const targetOf = (match: RegExpExecArray): scope.ScopeTarget => ({
  listTitle: (match[1] ?? '').replace(/''/g, "'"),
  itemId: match[2] === undefined ? null : Number(match[2]),
});
const n = (text: string | undefined) => Number(text);

const ROUTES: readonly SpRoute[] = [
  { pattern: /^\/effectivebasepermissions$/, methods: { GET: (r) => web.effectiveBasePermissions(r) } },
  { pattern: /^\/ensureuser$/, methods: { POST: (r) => web.postEnsureUser(r) } },
  {
    pattern: /^\/sitegroups$/,
    methods: { GET: (r) => web.listGroups(r), POST: (r) => web.createGroup(r) },
    creates: true,
  },
  {
    pattern: /^\/sitegroups\((\d+)\)\/users$/,
    methods: { GET: (r, m) => web.listGroupUsers(r, n(m[1])), POST: (r, m) => web.addGroupUser(r, n(m[1])) },
    creates: true,
  },
  {
    pattern: /^\/sitegroups\((\d+)\)\/users\/removebyid\((\d+)\)$/,
    methods: { POST: (r, m) => web.removeGroupUser(r, n(m[1]), n(m[2])) },
  },
  {
    pattern: /^\/roledefinitions$/,
    methods: { GET: (r) => web.listRoleDefinitions(r), POST: (r) => web.createRoleDefinition(r) },
    creates: true,
  },
  {
    pattern: new RegExp(`^${SCOPE}/hasuniqueroleassignments$`, 'i'),
    methods: { GET: (r, m) => scope.hasUniqueRoleAssignments(r, targetOf(m)) },
  },
  {
    pattern: new RegExp(
      `^${SCOPE}/breakroleinheritance\\(copyroleassignments=(true|false),\\s*clearsubscopes=(true|false)\\)$`,
      'i',
    ),
    methods: {
      POST: (r, m) =>
        scope.breakRoleInheritance(r, targetOf(m), m[3]?.toLowerCase() === 'true', m[4]?.toLowerCase() === 'true'),
    },
  },
  {
    pattern: new RegExp(`^${SCOPE}/roleassignments$`, 'i'),
    methods: { GET: (r, m) => scope.listRoleAssignments(r, targetOf(m)) },
  },
  {
    pattern: new RegExp(`^${SCOPE}/roleassignments/getbyprincipalid\\((\\d+)\\)$`, 'i'),
    methods: { GET: (r, m) => scope.getByPrincipalId(r, targetOf(m), n(m[3])) },
  },
  {
    pattern: new RegExp(
      `^${SCOPE}/roleassignments/addroleassignment\\(principalid=(\\d+),\\s*roledefid=(\\d+)\\)$`,
      'i',
    ),
    methods: { POST: (r, m) => scope.addRoleAssignment(r, targetOf(m), n(m[3]), n(m[4])) },
  },
  {
    pattern: new RegExp(
      `^${SCOPE}/roleassignments/removeroleassignment\\(principalid=(\\d+),\\s*roledefid=(\\d+)\\)$`,
      'i',
    ),
    methods: { POST: (r, m) => scope.removeRoleAssignment(r, targetOf(m), n(m[3]), n(m[4])) },
  },
];

function dispatch(request: SpRequest): { status: number; body: unknown } {
  for (const route of ROUTES) {
    const match = route.pattern.exec(request.path);
    if (!match) continue;
    const handler = route.methods[request.method];
    if (!handler)
      throw new GraphError(405, '-1, System.NotSupportedException', `${request.method} is not supported here.`);
    return { status: route.creates && request.method === 'POST' ? 201 : 200, body: handler(request, match) };
  }
  throw spBadRequest(`The emulator does not serve the SharePoint REST path /_api/web${request.path}.`);
}

/** Answers one SharePoint REST call in `odata=nometadata` JSON, errors as `odata.error`. */
export async function handleSpRest(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, path: string) {
  try {
    const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
    await core.idle();
    const caller = authenticate(headerMap(req)['authorization']);
    if (caller instanceof GraphError) throw caller;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path.slice(API_WEB.length));
    } catch {
      throw spBadRequest('The request path is not valid.');
    }
    const { status, body: reply } = dispatch({
      method: req.method ?? 'GET',
      path: decoded.replace(/\?.*$/, ''),
      body,
      caller,
      services: core.services,
    });
    sendJson(res, status, reply);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    sendJson(res, e.status, spErrorBody(e.code, e.message), e.headers);
  }
}
