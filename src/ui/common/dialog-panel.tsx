import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { stack } from './stack';

const useStyles = makeStyles({
  content: {
    ...stack('M'),
    // The content scrolls when it is taller than the window: its parts keep their height instead of
    // shrinking to fit (a message bar, which clips what overflows it, would otherwise be squeezed
    // under the fields after it).
    '& > *': { flexShrink: 0 },
  },
});

/**
 * What a dialog shows inside its `Dialog`: the title, the content stacked a medium gap apart, and
 * the buttons. `className` sizes the surface (see `dialogWidth`).
 */
export function DialogPanel({
  title,
  actions,
  children,
  className,
}: {
  title: ReactNode;
  actions: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const styles = useStyles();
  return (
    <DialogSurface className={className}>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={styles.content}>{children}</DialogContent>
        <DialogActions>{actions}</DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
