import { Field, Input, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DraftMetadata, MetadataField } from '../../domain/letter-import/import-draft';
import { planTitle } from '../../domain/letter-import/plan-title';
import { dateOrNull } from '../../domain/letter-import/read-typed-date';
import { InspectionTypeField } from '../common/inspection-type-field';
import { DeadlineCheck } from './deadline-check';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  form: stack('M'),
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

interface Props {
  readonly metadata: DraftMetadata;
  readonly problems: Partial<Record<MetadataField, string>>;
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<DraftMetadata>) => void;
}

const DATE_HINT = 'dd/mm/yyyy';

/** Plan details as read from the letter, every one editable. */
export function MetadataForm({ metadata, problems, readOnly, onChange }: Props) {
  const styles = useStyles();
  const text = (key: Exclude<MetadataField, 'inspectionType'>) => ({
    value: metadata[key],
    readOnly,
    onChange: (_e: unknown, data: { value: string }) => onChange({ [key]: data.value }),
  });
  const date = (key: 'letterDate' | 'fieldworkStart' | 'fieldworkEnd' | 'printedDeadline') => ({
    ...text(key),
    inputMode: 'numeric' as const,
    autoComplete: 'off',
  });
  const title = planTitle(metadata.area, metadata.inspectionType, dateOrNull(metadata.letterDate), metadata.theme);
  return (
    <section className={styles.form} aria-labelledby="details-heading">
      <Subtitle1 as="h2" id="details-heading">
        Plan details
      </Subtitle1>
      <div className={styles.grid}>
        <Field label="Area inspected" required validationMessage={problems.area}>
          <Input {...text('area')} />
        </Field>
        <Field label="Letter date" required hint={DATE_HINT} validationMessage={problems.letterDate}>
          <Input {...date('letterDate')} />
        </Field>
        <InspectionTypeField
          value={metadata.inspectionType}
          disabled={readOnly}
          onChange={(inspectionType) => onChange({ inspectionType })}
        />
        <Field label="Theme" hint="Empty for a front-door inspection without one." validationMessage={problems.theme}>
          <Input {...text('theme')} />
        </Field>
        <Field label="Fieldwork from" hint={DATE_HINT} validationMessage={problems.fieldworkStart}>
          <Input {...date('fieldworkStart')} />
        </Field>
        <Field label="Fieldwork to" hint={DATE_HINT} validationMessage={problems.fieldworkEnd}>
          <Input {...date('fieldworkEnd')} />
        </Field>
      </div>
      <Field
        label="Principal authority (who submits the written statement of action)"
        required
        hint='As "Next steps" names them.'
        validationMessage={problems.principalAuthority}
      >
        <Input {...text('principalAuthority')} />
      </Field>
      <Field
        label="Submission date printed in the letter"
        hint={`${DATE_HINT}. Leave empty if the letter gives none.`}
        validationMessage={problems.printedDeadline}
      >
        <Input {...date('printedDeadline')} />
      </Field>
      <DeadlineCheck metadata={metadata} />
      <Text>
        The plan will be called <strong>{title || 'by its area and year'}</strong>.
      </Text>
    </section>
  );
}
