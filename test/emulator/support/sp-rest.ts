import type { GraphClient } from './graph-client';
import type { WireBody } from './wire-body';

/** SharePoint REST over the wire, as the app's permission sync speaks it (`odata=nometadata`). */

export const SITE_PATH = '/sites/jtai-partnership';

/** The built-in permission levels' ids. */
export const ROLE = { fullControl: 1073741829, edit: 1073741830, contribute: 1073741827, read: 1073741826 } as const;
/** The site's associated groups. */
export const GROUP = { owners: 3, visitors: 4, members: 5 } as const;

export interface SpReply {
  readonly status: number;
  readonly body: WireBody;
}

/** A call below `/_api/web`; the path is written decoded (`getbytitle('Books')`) and encoded here. */
export async function sp(
  graph: GraphClient,
  method: 'GET' | 'POST',
  path: string,
  options: { as?: string; body?: unknown } = {},
): Promise<SpReply> {
  const url = /^https?:/.test(path) ? path : `${graph.url}${SITE_PATH}/_api/web${encodeURI(path)}`;
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer demo.${options.as ?? 'u-dcs'}`,
      Accept: 'application/json;odata=nometadata',
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json;odata=verbose' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as WireBody };
}

/** The site user id of a persona, from `siteusers` by Entra object id. */
export async function siteUserId(graph: GraphClient, personaId: string): Promise<number> {
  const users = await sp(graph, 'GET', '/siteusers');
  const user = users.body.value?.find(
    (u) => (u['AadObjectId'] as { NameId?: string } | undefined)?.NameId === personaId,
  );
  if (!user) throw new Error(`The site does not know ${personaId}`);
  return Number(user['Id']);
}

/** Takes a persona out of one of the site's groups, as a site owner. */
export async function removeFromGroup(graph: GraphClient, groupId: number, personaId: string): Promise<void> {
  const reply = await sp(
    graph,
    'POST',
    `/sitegroups(${groupId})/users/removebyid(${await siteUserId(graph, personaId)})`,
  );
  if (reply.status !== 200) throw new Error(`Removing ${personaId} failed: ${reply.status}`);
}

export async function addToGroup(graph: GraphClient, groupId: number, logonName: string): Promise<SpReply> {
  return sp(graph, 'POST', `/sitegroups(${groupId})/users`, { body: { LoginName: logonName } });
}

/** `…/breakroleinheritance(…)` on a securable path, as the DCS unless said otherwise. */
export function breakInheritance(graph: GraphClient, securable: string, copy: boolean, as = 'u-dcs'): Promise<SpReply> {
  return sp(graph, 'POST', `${securable}/breakroleinheritance(copyRoleAssignments=${copy},clearSubscopes=false)`, {
    as,
  });
}

export function grant(graph: GraphClient, securable: string, principalId: number, roleId: number, as = 'u-dcs') {
  return sp(
    graph,
    'POST',
    `${securable}/roleassignments/addroleassignment(principalid=${principalId},roledefid=${roleId})`,
    {
      as,
    },
  );
}

export function revoke(graph: GraphClient, securable: string, principalId: number, roleId: number, as = 'u-dcs') {
  return sp(
    graph,
    'POST',
    `${securable}/roleassignments/removeroleassignment(principalid=${principalId},roledefid=${roleId})`,
    { as },
  );
}

/** A securable item of a list, for the routes above. */
export const itemScope = (list: string, id: string | number) => `/lists/getbytitle('${list}')/items(${id})`;
export const listScope = (list: string) => `/lists/getbytitle('${list}')`;

/** Gives an item of Books its own permissions: only the caller (Full Control) and these principals. */
export async function restrictItem(
  graph: GraphClient,
  id: string | number,
  grants: readonly (readonly [number, number])[] = [],
): Promise<void> {
  const scope = itemScope('Books', id);
  const broken = await breakInheritance(graph, scope, false);
  if (broken.status !== 200) throw new Error(`Breaking inheritance of item ${id} failed: ${broken.status}`);
  for (const [principal, role] of grants) {
    const granted = await grant(graph, scope, principal, role);
    if (granted.status !== 200) throw new Error(`Granting on item ${id} failed: ${granted.status}`);
  }
}
