import { badRequest, notFound } from '../http/graph-error';
import { joinPath, parentPathOf, pathKey, type DriveFileRecord, type DriveFolderRecord } from '../model/drive-model';
import { parseDrivePath } from '../model/drive-names';
import type { CallerAccess } from '../security/caller-access';
import { canViewEntry, requireEntryView } from './drive-access';
import { DRIVE_ID, fileView, folderView, libraryUrl, ROOT_ID, versionsView } from './drive-item-view';
import { accessFor } from './graph-access';
import { json, type RouteContext, type RouteHandler } from './graph-request';

type DriveEntry =
  | { readonly kind: 'file'; readonly file: DriveFileRecord }
  | { readonly kind: 'folder'; readonly folder: DriveFolderRecord | null };

const missing = () => notFound('The resource could not be found.');

function findEntry({ params, services }: RouteContext): DriveEntry {
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

const pathOf = (entry: DriveEntry): string => (entry.kind === 'file' ? entry.file.path : (entry.folder?.path ?? ''));

/** The entry a request addresses (`root:/{path}` or `items/{itemId}`), 404 when the caller cannot view it. */
export function entryOf(context: RouteContext, access: CallerAccess = accessFor(context)): DriveEntry {
  const entry = findEntry(context);
  const { security, drive } = context.services.site.state;
  requireEntryView(security, drive, access, pathOf(entry), entry.kind === 'folder');
  return entry;
}

function fileOf(context: RouteContext): DriveFileRecord {
  const entry = entryOf(context);
  if (entry.kind !== 'file') throw badRequest('Only a file has content and versions.');
  return entry.file;
}

/** What of the library the caller may see, for folder views and listings. */
const viewer = (context: RouteContext, access: CallerAccess) => {
  const { security, drive } = context.services.site.state;
  return (path: string, isFolder: boolean) => canViewEntry(security, drive, access, path, isFolder);
};

export const getDrive: RouteHandler = (context) => {
  entryOf({ ...context, params: { ...context.params, drivePath: '' } });
  return json(200, {
    id: DRIVE_ID,
    driveType: 'documentLibrary',
    name: 'Documents',
    webUrl: libraryUrl(context.request.baseUrl, ''),
  });
};

export const getDriveItem: RouteHandler = (context) => {
  const access = accessFor(context);
  const entry = entryOf(context, access);
  const { drive } = context.services.site.state;
  const baseUrl = context.request.baseUrl;
  return json(
    200,
    entry.kind === 'file'
      ? fileView(drive, entry.file, baseUrl)
      : folderView(drive, entry.folder, baseUrl, viewer(context, access)),
  );
};

/** A folder's children the caller can view, folders first, each by name. */
export const listDriveChildren: RouteHandler = (context) => {
  const access = accessFor(context);
  const entry = entryOf(context, access);
  if (entry.kind !== 'folder') throw badRequest('Only a folder has children.');
  const { drive } = context.services.site.state;
  const canView = viewer(context, access);
  const path = entry.folder?.path ?? '';
  const inFolder = (p: string) => parentPathOf(p).toLowerCase() === path.toLowerCase();
  const byName = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  const folders = [...drive.folders.values()].filter((f) => inFolder(f.path) && canView(f.path, true)).sort(byName);
  const files = [...drive.files.values()].filter((f) => inFolder(f.path) && canView(f.path, false)).sort(byName);
  const baseUrl = context.request.baseUrl;
  return json(200, {
    value: [
      ...folders.map((f) => folderView(drive, f, baseUrl, canView)),
      ...files.map((f) => fileView(drive, f, baseUrl)),
    ],
  });
};

/** As Graph does, content is a redirect to a download URL that needs no token (here the file's web URL). */
export const getDriveContent: RouteHandler = (context) => {
  const file = fileOf(context);
  return { status: 302, headers: { Location: libraryUrl(context.request.baseUrl, file.path) } };
};

export const listDriveVersions: RouteHandler = (context) => json(200, versionsView(fileOf(context)));
