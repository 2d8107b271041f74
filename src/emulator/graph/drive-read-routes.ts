import { badRequest, notFound } from '../http/graph-error';
import { joinPath, pathKey, type DriveFileRecord, type DriveFolderRecord } from '../model/drive-model';
import { parseDrivePath } from '../model/drive-names';
import { DRIVE_ID, fileView, folderView, libraryUrl, ROOT_ID, versionsView } from './drive-item-view';
import { json, type RouteContext, type RouteHandler } from './graph-request';

type DriveEntry =
  | { readonly kind: 'file'; readonly file: DriveFileRecord }
  | { readonly kind: 'folder'; readonly folder: DriveFolderRecord | null };

const missing = () => notFound('The resource could not be found.');

/** The entry a request addresses: `root:/{path}` (param `drivePath`) or `items/{itemId}`. */
export function entryOf({ params, services }: RouteContext): DriveEntry {
  const drive = services.site.state.drive;
  const itemId = params['itemId'];
  if (itemId !== undefined) {
    if (itemId === ROOT_ID || itemId === 'root') return { kind: 'folder', folder: null };
    const file = [...drive.files.values()].find((f) => f.id === itemId);
    if (file) return { kind: 'file', file };
    const folder = [...drive.folders.values()].find((f) => f.id === itemId);
    if (folder) return { kind: 'folder', folder };
    throw missing();
  }
  const names = parseDrivePath(params['drivePath'] ?? '');
  if (names.length === 0) return { kind: 'folder', folder: null };
  const key = pathKey(joinPath(names));
  const file = drive.files.get(key);
  if (file) return { kind: 'file', file };
  const folder = drive.folders.get(key);
  if (folder) return { kind: 'folder', folder };
  throw missing();
}

function fileOf(context: RouteContext): DriveFileRecord {
  const entry = entryOf(context);
  if (entry.kind !== 'file') throw badRequest('Only a file has content and versions.');
  return entry.file;
}

export const getDrive: RouteHandler = ({ request }) =>
  json(200, {
    id: DRIVE_ID,
    driveType: 'documentLibrary',
    name: 'Documents',
    webUrl: libraryUrl(request.baseUrl, ''),
  });

export const getDriveItem: RouteHandler = (context) => {
  const entry = entryOf(context);
  const { drive } = context.services.site.state;
  const baseUrl = context.request.baseUrl;
  return json(
    200,
    entry.kind === 'file' ? fileView(drive, entry.file, baseUrl) : folderView(drive, entry.folder, baseUrl),
  );
};

/** As Graph does, content is a redirect to a download URL that needs no token (here the file's web URL). */
export const getDriveContent: RouteHandler = (context) => {
  const file = fileOf(context);
  return { status: 302, headers: { Location: libraryUrl(context.request.baseUrl, file.path) } };
};

export const listDriveVersions: RouteHandler = (context) => json(200, versionsView(fileOf(context)));
