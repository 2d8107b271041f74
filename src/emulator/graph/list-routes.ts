import { badRequest, GraphError } from '../http/graph-error';
import { isObject, optionalString } from '../http/json-input';
import { builtInColumns, columnView, parseColumnDefinition } from '../model/column-definition';
import type { ColumnRecord, ListRecord } from '../model/list-model';
import { findList, requireList } from '../model/site-lookup';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { WEB } from '../security/securable';
import { canSeeList } from '../security/visibility';
import { accessFor, requirePermission, visibleList } from './graph-access';
import { EMULATOR_SITE } from '../emulator-site';
import { filterProperties, parseFilter } from '../odata/filter-parser';
import { matchesFilter } from '../odata/filter-eval';
import { parseExpand, queryOption } from '../odata/query-options';
import { json, type GraphRequest, type RouteHandler } from './graph-request';

/** The Graph list resource; columns only when `$expand=columns` asked for them. */
function listView(list: ListRecord, withColumns: boolean): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.created,
    lastModifiedDateTime: list.modified,
    webUrl: `${EMULATOR_SITE.webUrl}/Lists/${encodeURIComponent(list.name)}`,
    list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
    ...(withColumns && { columns: list.columns.map(columnView) }),
  };
}

function wantsColumns(request: GraphRequest): boolean {
  const expand = parseExpand(queryOption(request.query, 'expand'));
  const unknown = expand.find((e) => e.name !== 'columns');
  if (unknown) throw badRequest(`Could not find a property named '${unknown.name}' on a list.`);
  return expand.length > 0;
}

/** The lists the caller can see: those they can view, or view an item of (Limited Access). */
export const listLists: RouteHandler = (context) => {
  const { request, services } = context;
  const access = accessFor(context);
  const source = queryOption(request.query, 'filter');
  const filter = source === undefined ? null : parseFilter(source);
  const unknown = filter && filterProperties(filter).find((p) => p !== 'displayName' && p !== 'name' && p !== 'id');
  if (unknown) throw badRequest(`Property '${unknown}' cannot be used in a list filter.`);
  const withColumns = wantsColumns(request);
  const { security } = services.site.state;
  const lists = services.site.state.lists.filter(
    (l) =>
      (filter === null || matchesFilter(filter, (p) => ({ displayName: l.displayName, name: l.name, id: l.id })[p])) &&
      canSeeList(security, access, l),
  );
  return json(200, { value: lists.map((l) => listView(l, withColumns)) });
};

export const getList: RouteHandler = (context) =>
  json(200, listView(visibleList(context, accessFor(context)), wantsColumns(context.request)));

/** Creating a list needs Manage Lists on the web (site owners and members have it). */
export const createList: RouteHandler = (context) => {
  const { request, services } = context;
  requirePermission(accessFor(context), WEB, PERMISSION_KIND.manageLists);
  const body = request.body;
  if (!isObject(body)) throw badRequest('Send a list: {displayName, columns, list:{template}}.');
  const displayName = optionalString(body, 'displayName')?.trim();
  if (!displayName) throw badRequest('A list needs a displayName.');
  const template = isObject(body['list']) ? body['list']['template'] : undefined;
  if (template !== undefined && template !== 'genericList')
    throw badRequest(`List template '${String(template)}' is not supported by the emulator.`);
  if (findList(services.site.state, displayName)?.displayName.toLowerCase() === displayName.toLowerCase()) {
    throw new GraphError(
      409,
      'nameAlreadyExists',
      `A list with the title '${displayName}' already exists in this site. Please choose another title.`,
    );
  }
  const columns = [...builtInColumns(services.newGuid), ...customColumns(body['columns'], services.newGuid)];
  const list = {
    id: services.newGuid(),
    name: displayName,
    displayName,
    description: optionalString(body, 'description') ?? '',
    created: services.now(),
    columns,
  };
  services.site.commit({ type: 'list-created', list });
  return json(201, listView(requireList(services.site.state, list.id), false));
};

function customColumns(input: unknown, newGuid: () => string): ColumnRecord[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) throw badRequest('columns must be a list of columnDefinitions.');
  const columns = input.map((definition) => parseColumnDefinition(definition, newGuid()));
  const names = new Set(['Title', 'Created', 'Modified', 'Author', 'Editor', 'ID']);
  for (const column of columns) {
    if (names.has(column.name)) throw badRequest(`A duplicate field name "${column.name}" was found.`);
    names.add(column.name);
  }
  return columns;
}
