import { Button, makeStyles } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, MergeRegular } from '@fluentui/react-icons';
import type { ReactElement, RefObject } from 'react';
import { SplitMenu } from './split-menu';
import { row } from '../common/stack';

const useStyles = makeStyles({
  bar: row('S'),
});

interface Props {
  readonly name: string;
  readonly text: string;
  readonly cursor: number | null;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly readOnly: boolean;
  readonly upRef: RefObject<HTMLButtonElement | null>;
  readonly downRef: RefObject<HTMLButtonElement | null>;
  readonly onMove: (direction: 'up' | 'down') => void;
  readonly onMerge: () => void;
  readonly onSplit: (at: number) => void;
  readonly onDelete: () => void;
}

/** Reshaping one finding. Buttons that cannot act stay focusable, so focus is never lost to nowhere. */
export function ItemActions(props: Props) {
  const styles = useStyles();
  const { name, readOnly } = props;
  /** A small button that says what it does, and to which finding. */
  const button = (
    words: string,
    icon: ReactElement,
    disabled: boolean,
    onClick: () => void,
    ref?: RefObject<HTMLButtonElement | null>,
  ) => (
    <Button
      ref={ref}
      size="small"
      icon={icon}
      disabledFocusable={readOnly || disabled}
      onClick={onClick}
      aria-label={`${words}, ${name}`}
    >
      {words}
    </Button>
  );
  return (
    <div className={styles.bar} role="group" aria-label={`Change ${name}`}>
      {button('Move up', <ArrowUpRegular />, props.isFirst, () => props.onMove('up'), props.upRef)}
      {button('Move down', <ArrowDownRegular />, props.isLast, () => props.onMove('down'), props.downRef)}
      {button('Merge with next', <MergeRegular />, props.isLast, props.onMerge)}
      <SplitMenu text={props.text} cursor={props.cursor} name={name} disabled={readOnly} onSplit={props.onSplit} />
      {button('Delete', <DeleteRegular />, false, props.onDelete)}
    </div>
  );
}
