import { Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ACTION_STATUS_META, ACTION_STATUSES, STATUSES_NEEDING_REASON, type ActionStatus } from '../../domain/action';
import type { ActionErrors } from '../../domain/action-rules';
import type { Agency } from '../../domain/agency';
import type { Member } from '../../domain/member';
import type { ActionFormValues } from './action-form-state';
import { ContributingAgencies, RowList } from './list-fields';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly values: ActionFormValues;
  readonly errors: ActionErrors;
  readonly agencies: readonly Agency[];
  readonly members: readonly Member[];
  readonly readOnly: boolean;
  readonly onChange: (values: ActionFormValues) => void;
}

export function ActionFields({ values, errors, agencies, members, readOnly, onChange }: Props) {
  const styles = useStyles();
  const set = <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    key: 'title' | 'sponsoringDirector' | 'startDate' | 'targetDate' | 'successMeasure' | 'measuredBy' | 'statusReason',
  ) => ({
    value: values[key],
    readOnly,
    onChange: (_e: unknown, data: { value: string }) => set(key, data.value),
  });
  const agencyName = agencies.find((a) => a.key === values.leadAgency)?.shortName ?? values.leadAgency;
  const officerName = members.find((m) => m.id === values.leadOfficer)?.displayName ?? '';
  return (
    <div className={styles.stack}>
      <Field
        label="Action"
        required
        validationMessage={errors.title}
        hint="What will be done: specific and measurable."
      >
        <Textarea {...text('title')} resize="vertical" rows={3} />
      </Field>
      <div className={styles.grid}>
        <Field label="Lead agency" required validationMessage={errors.leadAgency}>
          <Dropdown
            value={agencyName}
            selectedOptions={[values.leadAgency]}
            disabled={readOnly}
            onOptionSelect={(_e, d) => d.optionValue && set('leadAgency', d.optionValue)}
          >
            {agencies.map((a) => (
              <Option key={a.key} value={a.key}>
                {a.shortName}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Lead officer">
          <Dropdown
            value={officerName}
            placeholder="Choose a person"
            selectedOptions={values.leadOfficer ? [values.leadOfficer] : []}
            disabled={readOnly}
            onOptionSelect={(_e, d) => set('leadOfficer', d.optionValue ?? '')}
          >
            {members.map((m) => (
              <Option key={m.id} value={m.id} text={m.displayName}>
                {m.displayName}, {m.jobTitle}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Sponsoring director" validationMessage={errors.sponsoringDirector}>
          <Input {...text('sponsoringDirector')} />
        </Field>
        <Field label="Start date" hint="dd/mm/yyyy" validationMessage={errors.startDate}>
          <Input {...text('startDate')} inputMode="numeric" autoComplete="off" />
        </Field>
        <Field label="Target date" required hint="dd/mm/yyyy" validationMessage={errors.targetDate}>
          <Input {...text('targetDate')} inputMode="numeric" autoComplete="off" />
        </Field>
        <Field label="Status" required>
          <Dropdown
            value={ACTION_STATUS_META[values.status].label}
            selectedOptions={[values.status]}
            disabled={readOnly}
            onOptionSelect={(_e, d) => d.optionValue && set('status', d.optionValue as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <Option key={s} value={s} text={ACTION_STATUS_META[s].label}>
                {`${ACTION_STATUS_META[s].label} (${ACTION_STATUS_META[s].ragLabel})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field
        label="Reason for the status"
        required={STATUSES_NEEDING_REASON.includes(values.status)}
        validationMessage={errors.statusReason}
        hint="Councillors ask what sits behind the colour."
      >
        <Textarea {...text('statusReason')} resize="vertical" />
      </Field>
      <Field label="Success measure / intended impact" validationMessage={errors.successMeasure}>
        <Textarea {...text('successMeasure')} resize="vertical" />
      </Field>
      <Field label="How it is measured" validationMessage={errors.measuredBy}>
        <Textarea {...text('measuredBy')} resize="vertical" />
      </Field>
      <ContributingAgencies
        agencies={agencies}
        lead={values.leadAgency}
        value={values.contributingAgencies}
        readOnly={readOnly}
        onChange={(v) => set('contributingAgencies', v)}
      />
      <RowList
        legend="Milestones"
        firstLabel="Milestone"
        secondLabel="Due date"
        secondHint="dd/mm/yyyy"
        addLabel="Add milestone"
        rows={values.milestones}
        error={errors.milestones}
        readOnly={readOnly}
        onChange={(rows) => set('milestones', rows)}
      />
      <RowList
        legend="Evidence"
        firstLabel="Evidence title"
        secondLabel="Link"
        secondHint="https://…"
        addLabel="Add evidence link"
        rows={values.evidence}
        error={errors.evidence}
        readOnly={readOnly}
        onChange={(rows) => set('evidence', rows)}
      />
    </div>
  );
}
