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

/** The names from the library root to a plan's submission file. */
export function submissionNames(planTitle: string, fileName: string): readonly string[] {
  return [
    SUBMISSIONS_FOLDER,
    safeSharePointName(planTitle) ?? 'Untitled plan',
    safeSharePointName(fileName) ?? 'Submission',
  ];
}

/** `/sites/{site}/drive/root:/{a}/{b}:{action}`, each name URL-encoded. */
export function driveItemPath(siteId: string, names: readonly string[], action = ''): string {
  return `/sites/${siteId}/drive/root:/${names.map(encodeURIComponent).join('/')}:${action}`;
}

export const driveVersionsPath = (siteId: string, itemId: string): string =>
  `/sites/${siteId}/drive/items/${encodeURIComponent(itemId)}/versions`;
