/**
 * A dialog surface `px` wide, or the window's width less a margin where that is narrower. Use it
 * as a makeStyles slot.
 */
export function dialogWidth(px: number) {
  return { maxWidth: `min(${px}px, calc(100vw - 32px))`, width: '100%' } as const;
}
