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
  content: stack('M'),
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
