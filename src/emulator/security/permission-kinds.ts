/**
 * SharePoint's permission kinds (SP.PermissionKind) and masks. The emulator keeps its own copy
 * rather than sharing the app's, so that a mistake on either side shows up as a disagreement.
 * Kind n is bit n-1 of a 64-bit mask sent as two 32-bit halves: `Low` (1–32), `High` (33–64).
 */
export const PERMISSION_KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  viewVersions: 7,
  manageLists: 12,
  open: 17,
  managePermissions: 26,
  browseUserInfo: 28,
  enumeratePermissions: 63,
} as const;

export type PermissionKind = (typeof PERMISSION_KIND)[keyof typeof PERMISSION_KIND];

export interface Mask {
  readonly high: number;
  readonly low: number;
}

export const NO_PERMISSIONS: Mask = { high: 0, low: 0 };

/** What a site collection administrator holds everywhere (SharePoint's FullMask). */
export const FULL_MASK: Mask = { high: 0x7fffffff, low: 0xffffffff };

export function hasPermission(mask: Mask, kind: PermissionKind): boolean {
  return kind <= 32 ? ((mask.low >>> (kind - 1)) & 1) === 1 : ((mask.high >>> (kind - 33)) & 1) === 1;
}

export function unionOf(masks: Iterable<Mask>): Mask {
  let high = 0;
  let low = 0;
  for (const mask of masks) {
    high = (high | mask.high) >>> 0;
    low = (low | mask.low) >>> 0;
  }
  return { high, low };
}

/** `{High, Low}` as SharePoint REST sends a mask: decimal strings. */
export const maskView = (mask: Mask) => ({ High: String(mask.high), Low: String(mask.low) });
