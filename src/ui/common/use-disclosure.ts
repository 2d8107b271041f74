import { useId } from '@fluentui/react-components';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a part of the page (the disclosure pattern): spread `button` on the
 * button and `panel` on what it shows. Escape inside the panel hides it and puts focus back on the
 * button. `onOpen` runs each time the button shows the panel (to read what it shows, say).
 */
export function useDisclosure(name: string, onOpen?: () => void) {
  const [open, setOpen] = useState(false);
  const id = useId(name);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return {
    open,
    close,
    button: {
      ref: buttonRef,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => {
        if (!open) onOpen?.();
        setOpen(!open);
      },
    },
    panel: {
      id,
      hidden: !open,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      },
    },
  };
}
