/**
 * The site's document library ("Shared Documents"): folders, and files with every version.
 * Only metadata lives here (and so in the journal and snapshot); each version's bytes are a
 * blob in the data directory, named by `blobId`.
 */

export interface DriveVersionRecord {
  /** SharePoint's major version label: "1.0", "2.0", … */
  readonly label: string;
  readonly blobId: string;
  readonly size: number;
  readonly mimeType: string;
  readonly modified: string;
  readonly editorId: string;
}

interface DriveEntryRecord {
  /** The driveItem id. */
  readonly id: string;
  /** The GUID half of the eTag. */
  readonly uid: string;
  /** From the library's root, with the names as first written: `JTAI submissions/Plan/file.docx`. */
  readonly path: string;
  readonly created: string;
  readonly authorId: string;
}

export type DriveFolderRecord = DriveEntryRecord;

export interface DriveFileRecord extends DriveEntryRecord {
  /** Oldest first; the last one is the current version. */
  readonly versions: DriveVersionRecord[];
}

export interface DriveState {
  /** Keyed by `pathKey`: SharePoint paths are case-insensitive. */
  readonly folders: Map<string, DriveFolderRecord>;
  readonly files: Map<string, DriveFileRecord>;
}

/** SharePoint keeps 500 major versions by default and drops the oldest beyond that. */
export const MAX_VERSIONS = 500;

export const emptyDrive = (): DriveState => ({ folders: new Map(), files: new Map() });

export const pathKey = (path: string): string => path.toLowerCase();

export const joinPath = (segments: readonly string[]): string => segments.join('/');

/** The folder path a file or folder is in; '' for the library's root. */
export const parentPathOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));

export const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function currentVersion(file: DriveFileRecord): DriveVersionRecord {
  const version = file.versions[file.versions.length - 1];
  if (!version) throw new Error(`Drive file ${file.id} has no versions`);
  return version;
}

/** The blobs the library still refers to; any other blob in the data directory is garbage. */
export function driveBlobIds(drive: DriveState): Set<string> {
  return new Set([...drive.files.values()].flatMap((f) => f.versions.map((v) => v.blobId)));
}

/** The library as the snapshot stores it. */
export interface StoredDrive {
  readonly folders: readonly DriveFolderRecord[];
  readonly files: readonly DriveFileRecord[];
}

export const driveToStored = (drive: DriveState): StoredDrive => ({
  folders: [...drive.folders.values()],
  files: [...drive.files.values()],
});

/** A snapshot written before the library existed has none: the library is empty. */
export function driveFromStored(stored: StoredDrive | undefined): DriveState {
  return {
    folders: new Map((stored?.folders ?? []).map((f) => [pathKey(f.path), f])),
    files: new Map((stored?.files ?? []).map((f) => [pathKey(f.path), { ...f, versions: [...f.versions] }])),
  };
}
