import { notFound } from '../http/graph-error';
import { identity } from '../model/list-item-view';
import { versionId } from '../model/item-versions';
import type { ItemRecord, ItemVersionRecord } from '../model/list-model';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { itemSecurable } from '../security/visibility';
import { accessFor, requirePermission, visibleItem, visibleList } from './graph-access';
import { fieldsSelection } from './item-expand';
import { json, type RouteContext, type RouteHandler } from './graph-request';

/**
 * An item's version history (Graph's listItemVersion, learn.microsoft.com/graph/api/
 * listitem-list-versions): reading it needs View Items (404 otherwise) and View Versions.
 */
function itemOf(context: RouteContext): ItemRecord {
  const access = accessFor(context);
  const list = visibleList(context, access);
  const item = visibleItem(list, access, context.params['itemId'] ?? '');
  requirePermission(access, itemSecurable(list, item.id), PERMISSION_KIND.viewVersions);
  return item;
}

/** The fields as they stood in the version; `select` limits them to the named columns. */
function versionFields(item: ItemRecord, version: ItemVersionRecord, select: readonly string[] | null) {
  const all: Record<string, unknown> = { ...version.fields, Created: item.created, Modified: version.modified };
  return select ? Object.fromEntries(select.filter((name) => name in all).map((name) => [name, all[name]])) : all;
}

function versionView(item: ItemRecord, version: ItemVersionRecord, fields: readonly string[] | null | undefined) {
  return {
    id: versionId(version),
    lastModifiedDateTime: version.modified,
    lastModifiedBy: identity(version.editorId),
    ...(fields !== undefined && { fields: versionFields(item, version, fields) }),
  };
}

/** `GET …/items/{id}/versions`: newest first, with `expand=fields` the fields of each. */
export const listItemVersions: RouteHandler = (context) => {
  const item = itemOf(context);
  const fields = fieldsSelection(context.request.query);
  return json(200, { value: [...item.versions].reverse().map((v) => versionView(item, v, fields)) });
};

/** `GET …/items/{id}/versions/{versionId}`, e.g. `3.0`; a version past the kept ones is a 404. */
export const getItemVersion: RouteHandler = (context) => {
  const item = itemOf(context);
  const wanted = context.params['versionId'] ?? '';
  const version = item.versions.find((v) => versionId(v) === wanted || String(v.label) === wanted);
  if (!version) throw notFound(`Version '${wanted}' of item ${item.id} does not exist.`);
  return json(200, versionView(item, version, fieldsSelection(context.request.query)));
};
