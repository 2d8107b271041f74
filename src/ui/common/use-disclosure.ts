import { useId } from '@fluentui/react-components';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a part of the page (the disclosure pattern): spread `button` on the
 * button and `panel` on what it shows. Escape inside the panel hides it and puts focus back on the
 * button.
 */
export function useDisclosure(name: string) {
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
      onClick: () => setOpen(!open),
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
