import { Button, Field, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { STATEMENT_TEXT_LIMIT } from '../../domain/plan';
import { row, stack } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  field: stack('S'),
  tools: row('M'),
  theirs: {
    ...stack('S'),
    ...framed('M', 'Stroke1'),
  },
  prose: { whiteSpace: 'pre-wrap' },
});

export interface StatementTextFieldProps {
  readonly label: string;
  /** What the text is for, shown under the label. */
  readonly hint: string;
  readonly value: string;
  readonly editable: boolean;
  readonly onChange: (value: string) => void;
  /** The suggested draft, built from the plan when asked for. */
  readonly draft: () => string;
  /** What someone else stored that clashed with this text, to compare and perhaps take. */
  readonly theirs?: string;
  readonly onTakeTheirs: () => void;
}

/**
 * One of the statement's texts: a labelled box, with the suggested draft on request. A draft put
 * over text already typed can be undone, so nothing typed is lost to the button.
 */
export function StatementTextField(props: StatementTextFieldProps) {
  const styles = useStyles();
  const [replaced, setReplaced] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const over = props.value.trim().length > STATEMENT_TEXT_LIMIT;
  const what = props.label.toLowerCase();
  const fillDraft = () => {
    const previous = props.value;
    props.onChange(props.draft());
    setReplaced(previous.trim() ? previous : null);
    setSaid('The suggested draft is in the box: edit it, then save.');
  };
  const undo = () => {
    if (replaced !== null) props.onChange(replaced);
    setReplaced(null);
    setSaid('Your earlier text is back in the box.');
  };
  return (
    <div className={styles.field}>
      <Field
        label={props.label}
        hint={props.editable ? `${props.hint} Leave it empty to use the suggested draft.` : props.hint}
        validationState={over ? 'error' : 'none'}
        validationMessage={
          over ? `Keep it under ${STATEMENT_TEXT_LIMIT.toLocaleString('en-GB')} characters.` : undefined
        }
      >
        <Textarea
          value={props.value}
          readOnly={!props.editable}
          placeholder="Not written yet: the document will use the suggested draft."
          onChange={(_e, d) => {
            props.onChange(d.value);
            setReplaced(null);
            setSaid('');
          }}
          resize="vertical"
          rows={10}
        />
      </Field>
      {props.editable && (
        <div className={styles.tools}>
          <Button onClick={fillDraft} aria-label={`Start from the suggested draft: ${what}`}>
            Start from the suggested draft
          </Button>
          {replaced !== null && (
            <Button onClick={undo} aria-label={`Put back what I had: ${what}`}>
              Put back what I had
            </Button>
          )}
          <Text role="status" size={200}>
            {said}
          </Text>
        </div>
      )}
      {props.theirs !== undefined && (
        <div className={styles.theirs}>
          <Text weight="semibold">Their saved version of the {what}:</Text>
          <Text className={styles.prose}>{props.theirs || '(empty: the suggested draft)'}</Text>
          <div>
            <Button onClick={props.onTakeTheirs} aria-label={`Use their version: ${what}`}>
              Use their version
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
