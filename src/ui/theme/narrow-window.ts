import { useSyncExternalStore } from 'react';

/**
 * A window this narrow is a phone (Teams or Outlook on a phone), a Teams meeting's side panel or a
 * desktop zoomed to 300% or more: the tab puts what matters first and folds the rest away.
 */
export const NARROW_WINDOW = '(max-width: 480px)';

/** The same width as a makeStyles key. */
export const ON_NARROW_WINDOW = `@media ${NARROW_WINDOW}`;

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW_WINDOW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

const isNarrow = () => window.matchMedia(NARROW_WINDOW).matches;

/** Whether the window is narrow now; the component draws again when that changes (a phone turned, a window resized). */
export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
