import { Button, Field, Radio, RadioGroup, Text, makeStyles } from '@fluentui/react-components';
import { useLayoutEffect, useId, useRef } from 'react';
import type { Finding } from '../../domain/finding';
import {
  EDITABLE_FINDING_FIELDS,
  FINDING_FIELD_LABEL,
  describeFindingField,
  findingFieldsPhrase,
  type EditableFindingField,
} from '../../domain/finding-merge';
import type { FindingConflict } from '../../state/plan-view/finding-conflict';
import { stack } from '../common/stack';
import { useConflictChoices } from '../common/use-conflict-choices';

const useStyles = makeStyles({
  section: stack('M', 'flex-start'),
  // The finding's words keep their line breaks, so both versions read as typed.
  value: { whiteSpace: 'pre-wrap' },
});

interface Props {
  readonly conflict: FindingConflict;
  readonly busy: boolean;
  /** The finding with the person's choice for each field both changed. */
  readonly onResolve: (resolved: Finding) => void;
}

/**
 * Someone saved the finding first. What only they changed is already kept; for each field you both
 * changed differently, show their version and yours and let the person choose.
 */
export function FindingConflictChoice({ conflict, busy, onResolve }: Props) {
  const styles = useStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { merge, mine, theirs, who } = conflict;
  const fields = merge.conflicts;
  const choices = useConflictChoices(merge, mine);
  // The Save button the person pressed is gone: take focus to what replaced it.
  useLayoutEffect(() => heading.current?.focus(), []);
  const takenFromThem = EDITABLE_FINDING_FIELDS.filter((f) => merge.outcomes[f] === 'theirs');
  const valueLabel = (whose: string, finding: Finding, field: EditableFindingField) => ({
    className: styles.value,
    children: `${whose}: ${describeFindingField(finding, field)}`,
  });
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h3" id={headingId} ref={heading} tabIndex={-1} weight="semibold" block>
        {who} changed this finding while you were editing it
      </Text>
      <Text block>
        Nothing you typed is lost until you save.
        {takenFromThem.length > 0 && ` Their change to ${findingFieldsPhrase(takenFromThem)} is kept.`}
        {fields.length > 0
          ? ` You both changed ${findingFieldsPhrase(fields)}: choose which version to keep.`
          : ' Their changes kept arriving while yours was being saved: save again to add your changes to theirs.'}
      </Text>
      {fields.map((field) => (
        <Field key={field} label={`${FINDING_FIELD_LABEL[field]}: keep which version?`}>
          <RadioGroup value={choices.whose(field)} onChange={(_e, d) => choices.choose(field, d.value)}>
            <Radio value="theirs" label={valueLabel('Theirs', theirs, field)} />
            <Radio value="mine" label={valueLabel('Yours', mine, field)} />
          </RadioGroup>
        </Field>
      ))}
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onResolve(choices.resolved())}>
        {busy ? 'Saving…' : fields.length > 0 ? 'Save the chosen versions' : 'Save again'}
      </Button>
    </section>
  );
}
