import { badRequest, GraphError } from '../http/graph-error';
import { isObject, optionalString } from '../http/json-input';
import { pathKey } from '../model/drive-model';
import { checkDriveName, parseDrivePath } from '../model/drive-names';
import { newDriveItemId } from './drive-item-view';
import { checkDriveWrite } from './drive-access';
import { folderView } from './drive-item-view';
import { parseConflictBehavior } from './drive-save';
import { json, type RouteHandler } from './graph-request';

/**
 * `POST drive/root/children` or `drive/root:/{folder}:/children` with `{name, folder:{}}`: a folder
 * in the library's root or in a folder, which is how "Set up this site" makes the submissions
 * folder and each plan's. It needs Add Items where it goes; with conflictBehavior `fail` (Graph's
 * default for this call) an existing name is a 409.
 * See https://learn.microsoft.com/graph/api/driveitem-post-children
 */
export const createFolder: RouteHandler = ({ request, params, services }) => {
  const body = request.body;
  if (!isObject(body) || !isObject(body['folder'])) throw badRequest('Send a folder: {name, folder:{}}.');
  const name = optionalString(body, 'name') ?? '';
  checkDriveName(name);
  const { drive, security } = services.site.state;
  const parentNames = params['drivePath'] ? parseDrivePath(params['drivePath']) : [];
  const parent = parentNames.join('/');
  if (parent !== '' && !drive.folders.has(pathKey(parent))) {
    throw new GraphError(404, 'itemNotFound', 'The resource could not be found.');
  }
  checkDriveWrite(security, drive, request.caller.id, [...parentNames, name]);
  const conflict = parseConflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
  const path = parent === '' ? name : `${drive.folders.get(pathKey(parent))!.path}/${name}`;
  const existing = drive.folders.get(pathKey(path));
  if (existing || drive.files.has(pathKey(path))) {
    if (existing && conflict === 'replace') return json(200, folderView(drive, existing, request.baseUrl));
    throw new GraphError(409, 'nameAlreadyExists', `An item named '${name}' already exists in the library.`);
  }
  const guid = services.newGuid();
  const folder = { id: newDriveItemId(guid), uid: guid, path, created: services.now(), authorId: request.caller.id };
  services.site.commit({ type: 'drive-folder-created', folder });
  return json(201, folderView(drive, drive.folders.get(pathKey(path)) ?? null, request.baseUrl));
};
