import { badRequest, GraphError } from '../http/graph-error';
import { currentVersion, joinPath, nameOf, pathKey, type DriveFileRecord, type DriveState } from '../model/drive-model';
import { checkDriveWrite } from './drive-access';
import { newDriveItemId } from './drive-item-view';
import type { GraphServices } from './graph-request';

/** The largest file the emulator's library takes (a tenant's limit is far higher). */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;

export type ConflictBehavior = 'replace' | 'fail';

export interface FileSave {
  /** The file's path from the library root, each name already checked. */
  readonly names: readonly string[];
  readonly callerId: string;
  readonly size: number;
  readonly mimeType: string;
  readonly conflict: ConflictBehavior;
  /** Puts the bytes in place, durably, as this blob; called once the save is sure to go ahead. */
  readonly store: (blobId: string) => void;
}

export interface SavedDriveFile {
  readonly file: DriveFileRecord;
  /** A new file (201), rather than a new version of one (200). */
  readonly created: boolean;
}

export function parseConflictBehavior(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'replace' || value === 'fail') return value;
  if (value === 'rename')
    throw badRequest("The emulator does not support conflictBehavior 'rename'; use replace or fail.");
  throw badRequest("'@microsoft.graph.conflictBehavior' must be fail, replace or rename.");
}

export function checkFileSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new GraphError(
      413,
      'maxFileSizeExceeded',
      'The file is larger than the 250 MB the document library accepts.',
    );
  }
}

/** The file a save would replace; refuses a save that `fail` forbids or a folder is in the way of. */
export function checkFileTarget(
  drive: DriveState,
  names: readonly string[],
  conflict: ConflictBehavior,
): DriveFileRecord | undefined {
  if (names.length === 0) throw badRequest('Name the file to save: root:/folder/file.ext:/content.');
  const key = pathKey(joinPath(names));
  if (drive.folders.has(key)) throw nameExists(`A folder named '${names[names.length - 1]}' is already there.`);
  for (let depth = 1; depth < names.length; depth += 1) {
    if (drive.files.has(pathKey(joinPath(names.slice(0, depth))))) {
      throw nameExists(`'${names[depth - 1]}' is a file, so it cannot hold other files.`);
    }
  }
  const existing = drive.files.get(key);
  if (existing && conflict === 'fail') throw nameExists(`A file named '${names[names.length - 1]}' already exists.`);
  return existing;
}

/**
 * Saves a file as SharePoint does, if the caller may (checked again when an upload session
 * finishes, as permissions may have changed since it opened): missing folders are created, an
 * existing file gains a version. Folders are committed before the blob is written and the file after it, so the
 * blob is never unreferenced when the site compacts (which deletes unreferenced blobs).
 */
export function saveDriveFile(services: GraphServices, save: FileSave): SavedDriveFile {
  checkFileSize(save.size);
  const { site } = services;
  const names = asStored(site.state.drive, save.names);
  checkDriveWrite(site.state.security, site.state.drive, save.callerId, names);
  const existing = checkFileTarget(site.state.drive, names, save.conflict);
  createFolders(services, names.slice(0, -1), save.callerId);
  const blobId = services.newGuid();
  save.store(blobId);
  const now = services.now();
  const path = joinPath(names);
  const guid = services.newGuid();
  const file = existing ?? { id: newDriveItemId(guid), uid: guid, path, created: now, authorId: save.callerId };
  const version = {
    label: `${existing ? majorOf(existing) + 1 : 1}.0`,
    blobId,
    size: save.size,
    mimeType: save.mimeType,
    modified: now,
    editorId: save.callerId,
  };
  site.commit({
    type: 'drive-file-saved',
    file: { id: file.id, uid: file.uid, path: file.path, created: file.created, authorId: file.authorId },
    version,
  });
  const saved = site.state.drive.files.get(pathKey(path));
  if (!saved) throw new Error(`The saved file ${path} is missing`);
  return { file: saved, created: existing === undefined };
}

function createFolders(services: GraphServices, names: readonly string[], callerId: string): void {
  for (let depth = 1; depth <= names.length; depth += 1) {
    const path = joinPath(names.slice(0, depth));
    if (services.site.state.drive.folders.has(pathKey(path))) continue;
    const guid = services.newGuid();
    services.site.commit({
      type: 'drive-folder-created',
      folder: { id: newDriveItemId(guid), uid: guid, path, created: services.now(), authorId: callerId },
    });
  }
}

/** The major version number of the file's current version. */
export const majorOf = (file: DriveFileRecord): number => Number.parseInt(currentVersion(file).label, 10);

/** Names as the library already spells them: a path differing only in case is the same path. */
function asStored(drive: DriveState, names: readonly string[]): string[] {
  return names.map((name, i) => {
    const key = pathKey(joinPath(names.slice(0, i + 1)));
    const stored = drive.folders.get(key)?.path ?? drive.files.get(key)?.path;
    return stored === undefined ? name : nameOf(stored);
  });
}

const nameExists = (message: string) => new GraphError(409, 'nameAlreadyExists', message);
