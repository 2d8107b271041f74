import { Button, makeStyles } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { useDisclosure } from './use-disclosure';

const useStyles = makeStyles({
  /** In line with the text above and below it, and starting at the left however it wraps. */
  button: { paddingLeft: 0, paddingRight: 0, minWidth: 'auto', justifyContent: 'flex-start', textAlign: 'start' },
});

/** The button of a `useDisclosure`: its words and a chevron saying which way it goes. */
export function DisclosureButton({
  disclosure,
  children,
}: {
  disclosure: ReturnType<typeof useDisclosure>;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Button
      {...disclosure.button}
      className={styles.button}
      appearance="transparent"
      icon={disclosure.open ? <ChevronUpRegular /> : <ChevronDownRegular />}
      iconPosition="after"
    >
      {children}
    </Button>
  );
}
