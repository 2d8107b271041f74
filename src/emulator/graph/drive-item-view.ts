import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../emulator-site';
import {
  currentVersion,
  nameOf,
  parentPathOf,
  pathKey,
  type DriveFileRecord,
  type DriveFolderRecord,
  type DriveState,
} from '../model/drive-model';
import { identity } from '../model/list-item-view';

type Json = Record<string, unknown>;

/** The library's id, shaped like SharePoint's (`b!` and an opaque key). */
export const DRIVE_ID = 'b!jtai-emulator-shared-documents';
export const ROOT_ID = '01JTAIEMULATORROOT00000000000000';
/** The library's folder in the site's URLs. */
export const LIBRARY_URL_NAME = 'Shared Documents';

/**
 * The site's web address as this client reaches the emulator, e.g.
 * `http://localhost:8080/graph/sites/jtai-partnership`, from the request's `/v1.0` base URL.
 */
export const siteWebUrl = (graphBaseUrl: string): string =>
  `${graphBaseUrl.replace(/\/v1\.0$/, '')}/sites/${EMULATOR_SITE.name}`;

/** Where a browser opens (here: downloads) a file, as SharePoint's document URLs look. */
export const libraryUrl = (graphBaseUrl: string, path: string): string =>
  [
    siteWebUrl(graphBaseUrl),
    ...[LIBRARY_URL_NAME, ...path.split('/').filter((s) => s !== '')].map(encodeURIComponent),
  ].join('/');

/** SharePoint's driveItem ids: `01` and 32 upper-case characters. */
export const newDriveItemId = (guid: string): string => `01${guid.replace(/-/g, '').toUpperCase()}`;

function parentReference(drive: DriveState, path: string): Json {
  const parentPath = parentPathOf(path);
  const parent = parentPath === '' ? null : drive.folders.get(pathKey(parentPath));
  return {
    driveType: 'documentLibrary',
    driveId: DRIVE_ID,
    id: parent?.id ?? ROOT_ID,
    name: parent ? nameOf(parent.path) : 'root',
    path: `/drives/${DRIVE_ID}/root:${parentPath === '' ? '' : `/${parentPath}`}`,
    siteId: EMULATOR_SITE_ID,
  };
}

/** The driveItem resource of a file, at its current version. */
export function fileView(drive: DriveState, file: DriveFileRecord, graphBaseUrl: string): Json {
  const version = currentVersion(file);
  const webUrl = libraryUrl(graphBaseUrl, file.path);
  return {
    '@microsoft.graph.downloadUrl': webUrl,
    id: file.id,
    name: nameOf(file.path),
    eTag: `"{${file.uid.toUpperCase()}},${version.label.split('.')[0] ?? '1'}"`,
    cTag: `"c:{${file.uid.toUpperCase()}},${version.label.split('.')[0] ?? '1'}"`,
    createdDateTime: file.created,
    lastModifiedDateTime: version.modified,
    size: version.size,
    webUrl,
    createdBy: identity(file.authorId),
    lastModifiedBy: identity(version.editorId),
    parentReference: parentReference(drive, file.path),
    file: { mimeType: version.mimeType },
    fileSystemInfo: { createdDateTime: file.created, lastModifiedDateTime: version.modified },
  };
}

/** Whether the caller may see an entry, for counting the children they would be shown. */
export type EntryFilter = (path: string, isFolder: boolean) => boolean;

export function folderView(
  drive: DriveState,
  folder: DriveFolderRecord | null,
  graphBaseUrl: string,
  canView: EntryFilter = () => true,
): Json {
  const path = folder?.path ?? '';
  const isChild = (p: string) => parentPathOf(p).toLowerCase() === path.toLowerCase();
  const childCount =
    [...drive.folders.values()].filter((f) => isChild(f.path) && canView(f.path, true)).length +
    [...drive.files.values()].filter((f) => isChild(f.path) && canView(f.path, false)).length;
  const base = {
    webUrl: libraryUrl(graphBaseUrl, path),
    folder: { childCount },
    size: [...drive.files.values()]
      .filter((f) => pathKey(f.path).startsWith(`${pathKey(path)}/`) || path === '')
      .reduce((sum, f) => sum + currentVersion(f).size, 0),
  };
  if (!folder) return { id: ROOT_ID, name: 'root', root: {}, ...base };
  return {
    id: folder.id,
    name: nameOf(folder.path),
    eTag: `"{${folder.uid.toUpperCase()}},1"`,
    createdDateTime: folder.created,
    lastModifiedDateTime: folder.created,
    createdBy: identity(folder.authorId),
    parentReference: parentReference(drive, folder.path),
    ...base,
  };
}

/** The driveItemVersion collection, newest first, as SharePoint lists it. */
export function versionsView(file: DriveFileRecord): Json {
  return {
    value: [...file.versions].reverse().map((v) => ({
      id: v.label,
      lastModifiedDateTime: v.modified,
      lastModifiedBy: identity(v.editorId),
      size: v.size,
    })),
  };
}
