import { badRequest, GraphError } from '../http/graph-error';
import { isObject } from '../http/json-input';
import { mergeFields } from '../model/apply-mutation';
import { checkRequired, checkUnique, parseFieldChanges } from '../model/field-values';
import type { ItemRecord } from '../model/list-model';
import type { JournaledItem } from '../model/mutation';
import { etagMatches, fieldsView, listItemView } from '../model/list-item-view';
import { requireItem } from '../model/site-lookup';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { itemSecurable, listSecurable } from '../security/visibility';
import { accessFor, requirePermission, visibleItem, visibleList } from './graph-access';
import { fieldsSelection } from './item-expand';
import { json, type RouteContext, type RouteHandler } from './graph-request';

/** The list and item a route names, as the caller sees them (404 for what they cannot view). */
function target(context: RouteContext) {
  const access = accessFor(context);
  const list = visibleList(context, access);
  const item = visibleItem(list, access, context.params['itemId'] ?? '');
  return { access, list, item, securable: itemSecurable(list, item.id) };
}

export const getItem: RouteHandler = (context) => {
  const { list, item } = target(context);
  return json(200, listItemView(list, item, { fields: fieldsSelection(context.request.query) }));
};

export const getItemFields: RouteHandler = (context) => json(200, fieldsView(target(context).item));

/**
 * `POST …/items {fields}`: needs Add Items on the list. The server assigns the next id (never
 * reused) and stamps the author and the times; a client cannot set them.
 */
export const createItem: RouteHandler = (context) => {
  const { request, services } = context;
  const access = accessFor(context);
  const list = visibleList(context, access);
  requirePermission(access, listSecurable(list), PERMISSION_KIND.addListItems);
  if (!isObject(request.body) || request.body['fields'] === undefined) throw badRequest('Send an item: {fields:{…}}.');
  const fields = mergeFields({}, parseFieldChanges(list, request.body['fields']));
  checkRequired(list, fields);
  checkUnique(list, fields, null);
  const now = services.now();
  const item: JournaledItem = {
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

/** `PATCH …/items/{id}/fields`: needs Edit Items; changes only the fields sent, guarded by `If-Match`. */
export const updateItemFields: RouteHandler = (context) => {
  const { request, services } = context;
  const { access, list, item, securable } = target(context);
  requirePermission(access, securable, PERMISSION_KIND.editListItems);
  const changes = parseFieldChanges(list, request.body);
  const after = mergeFields(item.fields, changes);
  checkRequired(list, after);
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

/** Deleting an item (it and its versions) needs Delete Items. */
export const deleteItem: RouteHandler = (context) => {
  const { access, list, item, securable } = target(context);
  requirePermission(access, securable, PERMISSION_KIND.deleteListItems);
  checkEtag(item, context.request.headers['if-match']);
  context.services.site.commit({ type: 'item-deleted', listId: list.id, itemId: item.id });
  return { status: 204 };
};

function checkEtag(item: ItemRecord, ifMatch: string | undefined): void {
  if (!etagMatches(item, ifMatch)) {
    throw new GraphError(
      412,
      'preconditionFailed',
      'The item was changed by someone else since you read it (eTag mismatch).',
    );
  }
}
