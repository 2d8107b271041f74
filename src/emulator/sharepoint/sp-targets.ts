import { EMULATOR_SITE, EMULATOR_SITE_PATH } from '../emulator-site';
import { pathKey } from '../model/drive-model';
import { findList } from '../model/site-lookup';
import { canViewEntry } from '../graph/drive-access';
import { LIBRARY_URL_NAME } from '../graph/drive-item-view';
import { WEB, type Securable } from '../security/securable';
import { canSeeList, canViewItem, itemSecurable, listSecurable } from '../security/visibility';
import { spBadRequest, spNotFound, type SpRequest } from './sp-request';

/** An OData string literal in a path, `''` standing for one quote. */
export const QUOTED = String.raw`'((?:[^']|'')*)'`;
export const unquote = (text: string | undefined): string => (text ?? '').replace(/''/g, "'");

/**
 * The securable object a path starts with: a list, one of its items, a library folder's list
 * item (`GetFolderByServerRelativeUrl('…')/ListItemAllFields`), or else the web. Groups 1–3.
 */
export const SECURABLE = String.raw`(?:/lists/getbytitle\(${QUOTED}\)(?:/items\((\d+)\))?|/getfolderbyserverrelativeurl\(${QUOTED}\)/listitemallfields)?`;

/** The list a title names, if the caller can see it (404 otherwise, as if it did not exist). */
export function visibleListByTitle(request: SpRequest, title: string) {
  const { state } = request.services.site;
  const list = findList(state, title);
  if (
    !list ||
    list.displayName.toLowerCase() !== title.toLowerCase() ||
    !canSeeList(state.security, request.access, list)
  ) {
    throw spNotFound(`List '${title}' does not exist at site with URL '${EMULATOR_SITE.webUrl}'.`);
  }
  return list;
}

/**
 * A folder of the site's library by its server-relative URL (decoded, compared ignoring case),
 * e.g. `/sites/jtai-partnership/Shared Documents/JTAI submissions/Plan`.
 */
function folderByUrl(request: SpRequest, url: string): Securable {
  const prefix = `${EMULATOR_SITE_PATH}/${LIBRARY_URL_NAME}/`.toLowerCase();
  // Behind the dev server the library's addresses carry the emulator's mount (`/graph/sites/…`),
  // which a tenant's do not: the server-relative URL starts at the site's own path.
  const site = url.toLowerCase().indexOf(`${EMULATOR_SITE_PATH.toLowerCase()}/`);
  const path = (site > 0 ? url.slice(site) : url).replace(/\/+$/, '');
  if (!path.toLowerCase().startsWith(prefix)) {
    if (path.toLowerCase() === prefix.slice(0, -1)) throw spBadRequest("The library's root folder has no list item.");
    throw spNotFound('File Not Found.');
  }
  const folderPath = path.slice(prefix.length);
  const { drive, security } = request.services.site.state;
  const folder = drive.folders.get(pathKey(folderPath));
  if (!folder || !canViewEntry(security, drive, request.access, folder.path, true)) {
    throw spNotFound('File Not Found.');
  }
  return { kind: 'drive', path: folder.path, isFolder: true };
}

/** The securable the first three groups of a `SECURABLE` match name, checked to be visible. */
export function securableOf(request: SpRequest, match: RegExpExecArray): Securable {
  const [, title, itemId, folderUrl] = match;
  if (folderUrl !== undefined) return folderByUrl(request, unquote(folderUrl));
  if (title === undefined) return WEB;
  const list = visibleListByTitle(request, unquote(title));
  if (itemId === undefined) return listSecurable(list);
  const id = Number(itemId);
  if (!list.items.has(id) || !canViewItem(request.access, list, id)) {
    throw spNotFound('Item does not exist. It may have been deleted by another user.');
  }
  return itemSecurable(list, id);
}
