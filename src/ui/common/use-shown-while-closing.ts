import { useRef } from 'react';

/**
 * For a dialog kept mounted while it closes (unmounting an open Fluent dialog leaves the page
 * behind it hidden from assistive technology). `value` is what the dialog is open for, null or
 * undefined while it is closed. Gives whether it is open, what it shows (the value, or while it
 * closes the last one; undefined before it first opens), and how many times it has opened, for a
 * key that starts each opening afresh.
 */
export function useShownWhileClosing<T>(value: T | null | undefined) {
  const last = useRef<T | undefined>(undefined);
  const opens = useRef(0);
  const wasOpen = useRef(false);
  const open = value !== null && value !== undefined;
  if (open && !wasOpen.current) opens.current += 1;
  wasOpen.current = open;
  if (open) last.current = value;
  return { open, shown: open ? value : last.current, opens: opens.current };
}
