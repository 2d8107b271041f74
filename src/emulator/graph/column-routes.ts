import { GraphError } from '../http/graph-error';
import { columnView, parseColumnChanges, parseColumnDefinition } from '../model/column-definition';
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
  context.services.site.commit({ type: 'column-changed', listId: list.id, columnId: column.id, changes });
  return json(200, columnView(requireColumn(list, column.id)));
};
