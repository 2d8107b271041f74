import { badRequest } from '../http/graph-error';
import { mimeTypeFor, parseDrivePath } from '../model/drive-names';
import { fileView } from './drive-item-view';
import { parseConflictBehavior, saveDriveFile } from './drive-save';
import { openUploadSession } from './drive-sessions';
import { json, type RouteHandler } from './graph-request';

/** `PUT …/root:/{path}:/content`: the simple upload; a new file is 201, a new version of one 200. */
export const putDriveContent: RouteHandler = (context) => {
  const { request, params, services } = context;
  const names = parseDrivePath(params['drivePath'] ?? '');
  const bytes = request.body;
  if (!(bytes instanceof Uint8Array)) throw badRequest("Send the file's bytes as the request body.");
  const behaviour = request.query.get('@microsoft.graph.conflictBehavior') ?? undefined;
  const saved = saveDriveFile(services, {
    names,
    callerId: request.caller.id,
    size: bytes.length,
    mimeType: mimeTypeFor(names[names.length - 1] ?? '', request.headers['content-type']),
    conflict: parseConflictBehavior(behaviour, 'replace'),
    store: (blobId) => services.site.content.writeBlob(blobId, bytes),
  });
  return json(saved.created ? 201 : 200, fileView(services.site.state.drive, saved.file, request.baseUrl));
};

/** `POST …/root:/{path}:/createUploadSession`. */
export const createUploadSession: RouteHandler = (context) =>
  openUploadSession(context, parseDrivePath(context.params['drivePath'] ?? ''));
