import { accessDenied, notFound } from '../http/graph-error';
import { joinPath, pathKey, type DriveState } from '../model/drive-model';
import type { SecurityState } from '../model/security-model';
import { accessOf, type CallerAccess } from '../security/caller-access';
import { PERMISSION_KIND } from '../security/permission-kinds';
import { LIBRARY_SCOPE, type Securable } from '../security/securable';
import { canSeeLibrary } from '../security/visibility';

/**
 * The library's permissions: a file or folder takes them from the innermost folder with unique
 * role assignments above it (or its own, for a folder), else the library, else the web.
 */
export const driveSecurable = (path: string, isFolder: boolean): Securable => ({ kind: 'drive', path, isFolder });

const folderExists = (drive: DriveState) => (key: string) => drive.folders.has(key.slice(LIBRARY_SCOPE.length + 1));

/** Whether the caller may see an entry: the root as a list is seen (Limited Access), others by View Items. */
export function canViewEntry(
  security: SecurityState,
  drive: DriveState,
  access: CallerAccess,
  path: string,
  isFolder: boolean,
): boolean {
  if (path === '') return canSeeLibrary(security, access, folderExists(drive));
  return access.can(driveSecurable(path, isFolder), PERMISSION_KIND.viewListItems);
}

const missing = () => notFound('The resource could not be found.');

/** A 404, as if it did not exist, for an entry the caller cannot view. */
export function requireEntryView(
  security: SecurityState,
  drive: DriveState,
  access: CallerAccess,
  path: string,
  isFolder: boolean,
): void {
  if (!canViewEntry(security, drive, access, path, isFolder)) throw missing();
}

/**
 * Saving a file: a new version of an existing one needs Edit Items on it; a new file (and any
 * folders on its way) needs Add Items where it lands, the deepest folder that already exists.
 * A save by path is refused with 403 even where the caller cannot see the folder: SharePoint
 * resolves the URL first and then finds the caller lacks the right to write there.
 */
export function checkDriveWrite(
  security: SecurityState,
  drive: DriveState,
  callerId: string,
  names: readonly string[],
): void {
  const access = accessOf(security, callerId);
  const path = joinPath(names);
  if (drive.files.has(pathKey(path))) {
    if (!access.can(driveSecurable(path, false), PERMISSION_KIND.editListItems)) throw accessDenied();
    return;
  }
  let depth = names.length - 1;
  while (depth > 0 && !drive.folders.has(pathKey(joinPath(names.slice(0, depth))))) depth -= 1;
  const parent = joinPath(names.slice(0, depth));
  if (!access.can(driveSecurable(parent, true), PERMISSION_KIND.addListItems)) throw accessDenied();
}
