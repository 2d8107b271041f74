import { badRequest, GraphError } from '../http/graph-error';
import { isObject } from '../http/json-input';
import { mergeFields } from '../model/apply-mutation';
import { checkRequired, checkUnique, parseFieldChanges } from '../model/field-values';
import type { ItemRecord, ListRecord } from '../model/list-model';
import { etagMatches, fieldsView, listItemView } from '../model/list-item-view';
import { requireItem, requireList } from '../model/site-lookup';
import { checkItemWrite } from '../permissions/item-write-policy';
import { checkRoleAssignments } from '../permissions/role-assignment-check';
import type { WriteAttempt } from '../permissions/write-attempt';
import { fieldsSelection } from './item-expand';
import { json, type RouteContext, type RouteHandler } from './graph-request';

const listOf = ({ params, services }: RouteContext) => requireList(services.site.state, params['listId'] ?? '');
const itemOf = (context: RouteContext, list: ListRecord) => requireItem(list, context.params['itemId'] ?? '');

export const getItem: RouteHandler = (context) => {
  const list = listOf(context);
  return json(200, listItemView(list, itemOf(context, list), { fields: fieldsSelection(context.request.query) }));
};

export const getItemFields: RouteHandler = (context) => {
  const list = listOf(context);
  return json(200, fieldsView(itemOf(context, list)));
};

/** `POST …/items {fields}`: the server assigns the next id, which is never reused. */
export const createItem: RouteHandler = (context) => {
  const { request, services } = context;
  const list = listOf(context);
  if (!isObject(request.body) || request.body['fields'] === undefined) throw badRequest('Send an item: {fields:{…}}.');
  const fields = mergeFields({}, parseFieldChanges(list, request.body['fields']));
  checkRequired(list, fields);
  authorize(context, list, { op: 'create', before: null, after: fields });
  checkUnique(list, fields, null);
  const now = services.now();
  const item: ItemRecord = {
    id: list.nextItemId,
    uid: services.newGuid(),
    version: 1,
    created: now,
    modified: now,
    authorId: request.caller.id,
    editorId: request.caller.id,
    fields,
  };
  services.site.commit({ type: 'item-created', listId: list.id, item });
  const created = requireItem(list, String(item.id));
  return json(201, listItemView(list, created, { fields: null }), {
    Location: `${request.baseUrl}${request.path}/${item.id}`,
  });
};

/** `PATCH …/items/{id}/fields`: changes only the fields sent, guarded by `If-Match`. */
export const updateItemFields: RouteHandler = (context) => {
  const { request, services } = context;
  const list = listOf(context);
  const item = itemOf(context, list);
  const changes = parseFieldChanges(list, request.body);
  const after = mergeFields(item.fields, changes);
  checkRequired(list, after);
  authorize(context, list, { op: 'update', before: item.fields, after });
  checkEtag(item, request.headers['if-match']);
  checkUnique(list, after, item.id);
  services.site.commit({
    type: 'item-changed',
    listId: list.id,
    itemId: item.id,
    fields: changes,
    version: item.version + 1,
    modified: services.now(),
    editorId: request.caller.id,
  });
  return json(200, fieldsView(item));
};

export const deleteItem: RouteHandler = (context) => {
  const list = listOf(context);
  const item = itemOf(context, list);
  authorize(context, list, { op: 'delete', before: item.fields, after: null });
  checkEtag(item, context.request.headers['if-match']);
  context.services.site.commit({ type: 'item-deleted', listId: list.id, itemId: item.id });
  return { status: 204 };
};

function authorize(context: RouteContext, list: ListRecord, change: Omit<WriteAttempt, 'callerId'>): void {
  const attempt: WriteAttempt = { ...change, callerId: context.request.caller.id };
  const itemId = attempt.op === 'create' ? null : Number(context.params['itemId']);
  checkRoleAssignments(context.services.site.state, list, itemId, attempt.op, attempt.callerId);
  const verdict = checkItemWrite(context.services.site.state, list, attempt);
  if (!verdict.ok) throw new GraphError(verdict.error.status, verdict.error.code, verdict.error.message);
}

function checkEtag(item: ItemRecord, ifMatch: string | undefined): void {
  if (!etagMatches(item, ifMatch)) {
    throw new GraphError(
      412,
      'preconditionFailed',
      'The item was changed by someone else since you read it (eTag mismatch).',
    );
  }
}
