import {
  MAX_VERSIONS,
  pathKey,
  type DriveFileRecord,
  type DriveFolderRecord,
  type DriveState,
  type DriveVersionRecord,
} from './drive-model';

/** Changes to the document library, journaled like list changes (metadata only, never bytes). */
export type DriveMutation =
  | { readonly type: 'drive-folder-created'; readonly folder: DriveFolderRecord }
  | {
      readonly type: 'drive-file-saved';
      /** The file as first created; a later save of the same id adds a version. */
      readonly file: Omit<DriveFileRecord, 'versions'>;
      readonly version: DriveVersionRecord;
    };

export const DRIVE_MUTATION_TYPES: readonly DriveMutation['type'][] = ['drive-folder-created', 'drive-file-saved'];

export function applyDriveMutation(drive: DriveState, m: DriveMutation): void {
  switch (m.type) {
    case 'drive-folder-created':
      drive.folders.set(pathKey(m.folder.path), m.folder);
      return;
    case 'drive-file-saved': {
      const key = pathKey(m.file.path);
      const existing = drive.files.get(key);
      if (existing?.id !== m.file.id) {
        drive.files.set(key, { ...m.file, versions: [m.version] });
        return;
      }
      existing.versions.push(m.version);
      if (existing.versions.length > MAX_VERSIONS) existing.versions.splice(0, existing.versions.length - MAX_VERSIONS);
      return;
    }
  }
}
