import { badRequest, GraphError } from '../http/graph-error';
import { isObject, optionalString } from '../http/json-input';
import { pathKey } from '../model/drive-model';
import { checkDriveName } from '../model/drive-names';
import { newDriveItemId } from './drive-item-view';
import { checkDriveWrite } from './drive-access';
import { folderView } from './drive-item-view';
import { parseConflictBehavior } from './drive-save';
import { json, type RouteHandler } from './graph-request';

/**
 * `POST drive/root/children {name, folder:{}}`: a folder at the library's root, which is how
 * "Set up this site" makes the submissions folder. It needs Add Items on the library; with
 * conflictBehavior `fail` (Graph's default for this call) an existing name is a 409.
 */
export const createRootFolder: RouteHandler = ({ request, services }) => {
  const body = request.body;
  if (!isObject(body) || !isObject(body['folder'])) throw badRequest('Send a folder: {name, folder:{}}.');
  const name = optionalString(body, 'name') ?? '';
  checkDriveName(name);
  checkDriveWrite(services.site.state.security, services.site.state.drive, request.caller.id, [name]);
  const conflict = parseConflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
  const { drive } = services.site.state;
  const existing = drive.folders.get(pathKey(name));
  if (existing || drive.files.has(pathKey(name))) {
    if (existing && conflict === 'replace') return json(200, folderView(drive, existing, request.baseUrl));
    throw new GraphError(409, 'nameAlreadyExists', `An item named '${name}' already exists in the library.`);
  }
  const guid = services.newGuid();
  const folder = {
    id: newDriveItemId(guid),
    uid: guid,
    path: name,
    created: services.now(),
    authorId: request.caller.id,
  };
  services.site.commit({ type: 'drive-folder-created', folder });
  return json(201, folderView(drive, drive.folders.get(pathKey(name)) ?? null, request.baseUrl));
};
