import { badRequest, GraphError } from '../http/graph-error';
import { columnView, parseColumnChanges, parseColumnDefinition } from '../model/column-definition';
import { holdsValue } from '../model/field-values';
import type { ColumnRecord, ListRecord } from '../model/list-model';
import { requireColumn, requireList } from '../model/site-lookup';
import { json, type RouteContext, type RouteHandler } from './graph-request';

const listOf = ({ params, services }: RouteContext) => requireList(services.site.state, params['listId'] ?? '');

export const listColumns: RouteHandler = (context) => json(200, { value: listOf(context).columns.map(columnView) });

export const getColumn: RouteHandler = (context) =>
  json(200, columnView(requireColumn(listOf(context), context.params['columnId'] ?? '')));

/** Provisioning: any signed-in user may add columns in the emulator (in a tenant, the site owner). */
export const createColumn: RouteHandler = (context) => {
  const list = listOf(context);
  const column = parseColumnDefinition(context.request.body, context.services.newGuid());
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase()) || column.name === 'ID') {
    throw new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${column.name}" was found.`);
  }
  context.services.site.commit({ type: 'column-added', listId: list.id, column });
  return json(201, columnView(column));
};

/** Indexing a column (what Graph's `PATCH {indexed:true}` does) and renaming its display name. */
export const updateColumn: RouteHandler = (context) => {
  const list = listOf(context);
  const column = requireColumn(list, context.params['columnId'] ?? '');
  const changes = parseColumnChanges(context.request.body);
  if (changes.enforceUniqueValues === true) checkCanBeUnique(list, { ...column, ...changes });
  context.services.site.commit({ type: 'column-changed', listId: list.id, columnId: column.id, changes });
  return json(200, columnView(requireColumn(list, column.id)));
};

/** SharePoint enforces unique values only on an indexed column whose items already differ. */
function checkCanBeUnique(list: ListRecord, column: ColumnRecord): void {
  if (!column.indexed) throw badRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
  const clash = [...list.items.values()].some((item) =>
    holdsValue(list, column.name, item.fields[column.name], item.id),
  );
  if (clash) throw badRequest(`Column '${column.name}' has duplicate values, so it cannot enforce unique values.`);
}
