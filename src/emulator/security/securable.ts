import { parentPathOf, pathKey } from '../model/drive-model';
import { WEB_SCOPE } from '../model/security-model';

/** Something SharePoint secures: the web, a list, an item, or a file or folder of the library. */
export type Securable =
  | { readonly kind: 'web' }
  | { readonly kind: 'list'; readonly listId: string }
  | { readonly kind: 'item'; readonly listId: string; readonly itemId: number }
  /** `path` from the library's root ('' is the root folder itself). */
  | { readonly kind: 'drive'; readonly path: string; readonly isFolder: boolean };

export const WEB: Securable = { kind: 'web' };

/** The library (its root folder), whose parent is the web. */
export const LIBRARY_SCOPE = 'drive';

const folderScope = (path: string): string => (path === '' ? LIBRARY_SCOPE : `${LIBRARY_SCOPE}/${pathKey(path)}`);

/** The key under which the securable's own unique role assignments are kept (a file has none). */
export function scopeKeyOf(securable: Securable): string {
  switch (securable.kind) {
    case 'web':
      return WEB_SCOPE;
    case 'list':
      return securable.listId;
    case 'item':
      return `${securable.listId}/${securable.itemId}`;
    case 'drive':
      return folderScope(securable.isFolder ? securable.path : parentPathOf(securable.path));
  }
}

/** The folder and its ancestors up to the library, innermost first. */
function folderChain(path: string): string[] {
  const chain: string[] = [];
  for (let current = path; ; current = parentPathOf(current)) {
    chain.push(folderScope(current));
    if (current === '') return chain;
  }
}

/**
 * Where a securable may take its permissions from, nearest first, ending with the web: its own
 * scope, then (for library entries) its folders innermost first, then its list, then the web.
 */
export function inheritanceChain(securable: Securable): string[] {
  switch (securable.kind) {
    case 'web':
      return [WEB_SCOPE];
    case 'list':
      return [securable.listId, WEB_SCOPE];
    case 'item':
      return [scopeKeyOf(securable), securable.listId, WEB_SCOPE];
    case 'drive':
      return [...folderChain(securable.isFolder ? securable.path : parentPathOf(securable.path)), WEB_SCOPE];
  }
}

/** The scope keys below a scope (a list's items, a folder's subfolders). */
export const isBelow = (key: string, scope: string): boolean => key.startsWith(`${scope}/`);
