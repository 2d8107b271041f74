import { useCallback, type RefObject } from 'react';

/**
 * A ref for a control that disappears (the Cancel button while a file is read): if it has focus
 * when it goes, focus moves to `target` instead of falling back to the page.
 */
export function useHandOverFocus(target: RefObject<HTMLElement | null>) {
  return useCallback(
    (control: HTMLElement | null) => {
      if (!control) return;
      return () => {
        if (control.ownerDocument.activeElement !== control) return;
        queueMicrotask(() => {
          if (target.current?.isConnected) target.current.focus();
        });
      };
    },
    [target],
  );
}
