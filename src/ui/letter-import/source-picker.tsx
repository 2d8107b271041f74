import { Button, Field, ProgressBar, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ImportStatus } from '../../state/letter-import/state';
import { FileChooser } from './file-chooser';
import { useHandOverFocus } from './hand-over-focus';
import { useImportStore } from './import-store-context';
import { ReadProblem } from './read-problem';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  picker: { ...stack('L'), maxWidth: '900px' },
  paste: stack('S', 'flex-start'),
  wide: { width: '100%' },
  reading: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  progress: { flexGrow: 1 },
});

function ReadingProgress({ state }: { state: Extract<ImportStatus, { status: 'reading' }> }) {
  const known = state.pages > 0;
  const label = known ? `Reading page ${state.page} of ${state.pages}…` : `Opening ${state.fileName}…`;
  return (
    <Field label={label} validationState="none">
      <ProgressBar value={known ? state.page / state.pages : undefined} />
    </Field>
  );
}

/** How far reading has got, and the way to stop it: the import goes back to how it was. */
function Reading({
  state,
  fileButton,
}: {
  state: Extract<ImportStatus, { status: 'reading' }>;
  fileButton: RefObject<HTMLButtonElement | null>;
}) {
  const styles = useStyles();
  const store = useImportStore();
  const cancelRef = useHandOverFocus(fileButton);
  return (
    <div className={styles.reading}>
      <div role="status" className={styles.progress}>
        <ReadingProgress state={state} />
      </div>
      <Button ref={cancelRef} onClick={() => store.getState().cancelRead()}>
        Cancel
      </Button>
    </div>
  );
}

/**
 * Paste the letter, or choose or drop its file: the three ways in, with what went wrong last time.
 * `takeFocus`: shown in place of a review just discarded, whose controls (and the focus) went with it.
 */
export function SourcePicker({ current, takeFocus = false }: { current: ImportStatus; takeFocus?: boolean }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
    // Only as it is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const store = useImportStore();
  const [text, setText] = useState('');
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const fileButton = useRef<HTMLButtonElement>(null);
  const reading = current.status === 'reading';
  const problem = current.status === 'failed' ? current.problem : null;
  return (
    <section className={styles.picker} aria-labelledby="source-heading">
      <Text as="h2" size={500} weight="semibold" id="source-heading" ref={heading} tabIndex={-1}>
        Read the letter
      </Text>
      <Text>
        Use the published findings letter. Nothing is saved until you have reviewed what was found and created the plan.
      </Text>
      {problem && <ReadProblem problem={problem} onPasteInstead={() => pasteArea.current?.focus()} />}
      <FileChooser buttonRef={fileButton} disabled={reading} onFile={(file) => void store.getState().readFile(file)} />
      {reading && <Reading state={current} fileButton={fileButton} />}
      <div className={styles.paste}>
        <Field
          className={styles.wide}
          label="Or paste the letter’s text"
          hint="Copy everything from the letter, from its date to “Yours sincerely”."
        >
          <Textarea
            ref={pasteArea}
            value={text}
            rows={10}
            resize="vertical"
            onChange={(_e, data) => setText(data.value)}
          />
        </Field>
        <Button appearance="primary" disabledFocusable={reading} onClick={() => store.getState().readText(text)}>
          Read the pasted text
        </Button>
      </div>
    </section>
  );
}
