import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent, type Ref } from 'react';
import { MAX_LETTER_LABEL } from '../../state/letter-import/problem';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  zone: {
    ...stack('S'),
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Hover,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

const ACCEPT =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

interface FileChooserProps {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
  /** The "Choose the letter's file" button, for moving focus back to it. */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * The button opens the browser's file picker; dropping a file on the zone is a shortcut for
 * the same thing, never the only way.
 */
export function FileChooser({ onFile, disabled, buttonRef }: FileChooserProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        aria-label="Letter file (PDF, Word or text)"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <Button
        ref={buttonRef}
        icon={<DocumentArrowUpRegular />}
        disabledFocusable={disabled}
        onClick={() => input.current?.click()}
      >
        Choose the letter’s file
      </Button>
      <Text>
        {over
          ? 'Drop the file to read it.'
          : `PDF, Word (.docx) or text, up to ${MAX_LETTER_LABEL}. You can also drop the file here.`}
      </Text>
    </div>
  );
}
