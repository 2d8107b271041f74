import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, MergeRegular } from '@fluentui/react-icons';
import type { RefObject } from 'react';
import { SplitMenu } from './split-menu';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
  return (
    <div className={styles.bar} role="group" aria-label={`Change ${name}`}>
      <Button
        ref={props.upRef}
        size="small"
        icon={<ArrowUpRegular />}
        disabledFocusable={readOnly || props.isFirst}
        onClick={() => props.onMove('up')}
        aria-label={`Move up, ${name}`}
      >
        Move up
      </Button>
      <Button
        ref={props.downRef}
        size="small"
        icon={<ArrowDownRegular />}
        disabledFocusable={readOnly || props.isLast}
        onClick={() => props.onMove('down')}
        aria-label={`Move down, ${name}`}
      >
        Move down
      </Button>
      <Button
        size="small"
        icon={<MergeRegular />}
        disabledFocusable={readOnly || props.isLast}
        onClick={props.onMerge}
        aria-label={`Merge with next, ${name}`}
      >
        Merge with next
      </Button>
      <SplitMenu text={props.text} cursor={props.cursor} name={name} disabled={readOnly} onSplit={props.onSplit} />
      <Button
        size="small"
        icon={<DeleteRegular />}
        disabledFocusable={readOnly}
        onClick={props.onDelete}
        aria-label={`Delete, ${name}`}
      >
        Delete
      </Button>
    </div>
  );
}
