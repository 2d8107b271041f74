import { badRequest, GraphError } from '../http/graph-error';
import { matchesFilter } from '../odata/filter-eval';
import { filterProperties, parseFilter } from '../odata/filter-parser';
import { parseTop, queryOption } from '../odata/query-options';
import { DEMO_PERSONAS, findPersona, type DemoPersona } from '../seed/demo-directory';
import { json, type RouteHandler } from './graph-request';

const FILTERABLE = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'companyName',
  'userType',
];

/** The Graph user resource for a demo persona; the persona's id is its Entra object id. */
export function userView(persona: DemoPersona): Record<string, string> {
  const names = persona.displayName.replace(/^Cllr /, '').split(' ');
  return {
    id: persona.id,
    displayName: persona.displayName,
    givenName: names[0] ?? '',
    surname: names.at(-1) ?? '',
    mail: persona.email,
    userPrincipalName: persona.userPrincipalName,
    userType: persona.userType,
    jobTitle: persona.jobTitle,
    companyName: persona.organisation,
  };
}

/**
 * What Graph v1.0 returns for a user without `$select`: "only a subset of the more commonly used
 * properties" (learn.microsoft.com/graph/api/user-get); `companyName` and `userType` are not in it.
 */
const DEFAULT_PROPERTIES = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle'];

/** `$select=a,b`: only those properties (and the id), as Graph returns them; else the default subset. */
function selected(user: Record<string, string>, query: URLSearchParams): Record<string, string> {
  const select = queryOption(query, 'select');
  const names = select === undefined ? DEFAULT_PROPERTIES : select.split(',').map((n) => n.trim());
  return Object.fromEntries(Object.entries(user).filter(([name]) => name === 'id' || names.includes(name)));
}

export const getMe: RouteHandler = ({ request }) => json(200, selected(userView(request.caller), request.query));

export const getUser: RouteHandler = ({ request, params }) => {
  const persona = findPersona(params['userId'] ?? '');
  if (!persona) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${params['userId']}' does not exist.`);
  return json(200, selected(userView(persona), request.query));
};

/** The people picker: `$filter=startswith(displayName,'al')` and `$top` over the directory. */
export const listUsers: RouteHandler = ({ request }) => {
  const source = queryOption(request.query, 'filter');
  const filter = source === undefined ? null : parseFilter(source);
  const unknown = filter && filterProperties(filter).find((p) => !FILTERABLE.includes(p));
  if (unknown) throw badRequest(`Property '${unknown}' cannot be used in a user filter.`);
  const top = parseTop(request.query, 100);
  const users = DEMO_PERSONAS.map(userView).filter((user) => filter === null || matchesFilter(filter, (p) => user[p]));
  return json(200, { value: users.slice(0, top).map((user) => selected(user, request.query)) });
};
