/** Where submissions go in the site's document library, and the Graph paths that reach them. */

/** The library folder that holds one folder per plan. */
export const SUBMISSIONS_FOLDER = 'JTAI submissions';

/** Characters SharePoint refuses in names (`" * : < > ? / \ |`), and `#` and `%`, which break links. */
const UNSAFE = /["*:<>?/\\|#%]/g;

/** Keeps a folder name well inside SharePoint's 400-character limit on a whole path. */
const MAX_NAME_LENGTH = 120;

/**
 * A title made safe as a SharePoint name: the refused characters go, then leading and trailing
 * dots and spaces (SharePoint refuses those too). Null when nothing is left.
 */
export function safeSharePointName(title: string): string | null {
  const stripped = title.replace(UNSAFE, '').replace(/\s+/g, ' ');
  const trimmed = stripped.slice(0, MAX_NAME_LENGTH).replace(/^[\s.]+|[\s.]+$/g, '');
  return trimmed === '' ? null : trimmed;
}

/**
 * The folder of one plan's files, named by its id: titles change, and the folder carries that
 * plan's own permissions (its admins write, its members read).
 */
export const planFolderNames = (planId: string): readonly string[] => [SUBMISSIONS_FOLDER, planId];

/** The names from the library root to a plan's submission file. */
export function submissionNames(planId: string, fileName: string): readonly string[] {
  return [...planFolderNames(planId), safeSharePointName(fileName) ?? 'Submission'];
}

/** `/sites/{site}/drive/root:/{a}/{b}:{action}`, each name URL-encoded. */
export function driveItemPath(siteId: string, names: readonly string[], action = ''): string {
  return `/sites/${siteId}/drive/root:/${names.map(encodeURIComponent).join('/')}:${action}`;
}

export const driveVersionsPath = (siteId: string, itemId: string): string =>
  `/sites/${siteId}/drive/items/${encodeURIComponent(itemId)}/versions`;
