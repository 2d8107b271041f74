import { badRequest, GraphError } from '../http/graph-error';
import { columnView, parseColumnChanges, parseColumnDefinition } from '../model/column-definition';
import { holdsValue } from '../model/field-values';
import type { ColumnRecord, ListRecord } from '../model/list-model';
import { requireColumn } from '../model/site-lookup';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { listSecurable } from '../security/visibility';
import { accessFor, requirePermission, visibleList } from './graph-access';
import { json, type RouteContext, type RouteHandler } from './graph-request';

const listOf = (context: RouteContext) => visibleList(context, accessFor(context));

/** Changing a list's columns needs Manage Lists on the list. */
function listToManage(context: RouteContext): ListRecord {
  const access = accessFor(context);
  const list = visibleList(context, access);
  requirePermission(access, listSecurable(list), PERMISSION_KIND.manageLists);
  return list;
}

export const listColumns: RouteHandler = (context) => json(200, { value: listOf(context).columns.map(columnView) });

export const getColumn: RouteHandler = (context) =>
  json(200, columnView(requireColumn(listOf(context), context.params['columnId'] ?? '')));

export const createColumn: RouteHandler = (context) => {
  const list = listToManage(context);
  const column = parseColumnDefinition(context.request.body, context.services.newGuid());
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase()) || column.name === 'ID') {
    throw new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${column.name}" was found.`);
  }
  context.services.site.commit({ type: 'column-added', listId: list.id, column });
  return json(201, columnView(column));
};

/** Indexing a column (what Graph's `PATCH {indexed:true}` does), making it unique, renaming it, its text type. */
export const updateColumn: RouteHandler = (context) => {
  const list = listToManage(context);
  const column = requireColumn(list, context.params['columnId'] ?? '');
  const changes = parseColumnChanges(context.request.body, column);
  const after = { ...column, ...changes };
  if (after.enforceUniqueValues === true) checkCanBeUnique(list, after, changes.enforceUniqueValues === true);
  context.services.site.commit({ type: 'column-changed', listId: list.id, columnId: column.id, changes });
  return json(200, columnView(requireColumn(list, column.id)));
};

/**
 * SharePoint enforces unique values only on an indexed column (Field.EnforceUniqueValues,
 * learn.microsoft.com/previous-versions/office/sharepoint-csom/ee543809), and refuses to start
 * while items hold duplicates: they must be removed first. Case is ignored, as when enforcing.
 */
function checkCanBeUnique(list: ListRecord, column: ColumnRecord, turningOn: boolean): void {
  if (!column.indexed) throw badRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
  if (!turningOn) return;
  const clash = [...list.items.values()].some((item) =>
    holdsValue(list, column.name, item.fields[column.name], item.id),
  );
  if (clash) throw badRequest(`Column '${column.name}' has duplicate values, so it cannot enforce unique values.`);
}
