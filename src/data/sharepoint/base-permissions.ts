/**
 * SharePoint's permission bits (SP.PermissionKind): kind n is bit n-1 of a 64-bit mask sent as
 * two 32-bit halves, `Low` (kinds 1–32) and `High` (kinds 33–64).
 */
export const PERMISSION_KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  openItems: 6,
  viewVersions: 7,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  manageSubwebs: 24,
  managePermissions: 26,
  browseUserInfo: 28,
  manageWeb: 31,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40,
} as const;

export interface BasePermissions {
  readonly high: number;
  readonly low: number;
}

/** The mask holding exactly these kinds. */
export function maskOf(kinds: readonly number[]): BasePermissions {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    if (kind <= 32) low = (low | (1 << (kind - 1))) >>> 0;
    else high = (high | (1 << (kind - 33))) >>> 0;
  }
  return { high, low };
}

export function hasPermission(mask: BasePermissions, kind: number): boolean {
  return kind <= 32 ? ((mask.low >>> (kind - 1)) & 1) === 1 : ((mask.high >>> (kind - 33)) & 1) === 1;
}

/** SharePoint's built-in permission levels, by `RoleTypeKind`. */
export const ROLE_TYPE = { limitedAccess: 1, reader: 2, contributor: 3, administrator: 5, editor: 6 } as const;

/**
 * The custom permission level the append-only lists use: view and add, never edit or delete.
 * The kinds are the built-in Read level's (without self-service site creation) plus Add Items.
 */
export const APPEND_ROLE = {
  name: 'JTAI Add and view',
  description: 'Add items and view them; never edit or delete (JTAI Action Plan history lists).',
  permissions: maskOf([
    PERMISSION_KIND.viewListItems,
    PERMISSION_KIND.addListItems,
    PERMISSION_KIND.openItems,
    PERMISSION_KIND.viewVersions,
    PERMISSION_KIND.viewFormPages,
    PERMISSION_KIND.open,
    PERMISSION_KIND.viewPages,
    PERMISSION_KIND.browseUserInfo,
    PERMISSION_KIND.useClientIntegration,
    PERMISSION_KIND.useRemoteAPIs,
    PERMISSION_KIND.createAlerts,
  ]),
} as const;
