import { Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { ACTION_STATUS_META, ACTION_STATUSES, STATUSES_NEEDING_REASON, type ActionStatus } from '../../domain/action';
import type { ActionErrors } from '../../domain/action-rules';
import { actionFieldSpec, type EditableActionField } from '../../domain/action-fields';
import type { Agency } from '../../domain/agency';
import type { Member } from '../../domain/member';
import type { ActionFormValues } from './action-form-state';
import { ContributingAgencies, RowList, type RowValue } from './list-fields';
import { agencyOptions } from '../common/agency-options';

export interface FieldProps {
  readonly values: ActionFormValues;
  readonly errors: ActionErrors;
  readonly agencies: readonly Agency[];
  readonly members: readonly Member[];
  readonly readOnly: boolean;
  readonly onChange: (values: ActionFormValues) => void;
}

/** The labels of the two parts of each row of a list kind. */
const ROW_LISTS = {
  milestones: {
    firstLabel: 'Milestone',
    secondLabel: 'Due date',
    secondHint: 'dd/mm/yyyy',
    checkLabel: 'Done',
    addLabel: 'Add milestone',
  },
  evidence: {
    firstLabel: 'Evidence title',
    secondLabel: 'Link',
    secondHint: 'https://…',
    addLabel: 'Add evidence link',
  },
} as const;

/** One editable field of an action, with the control its kind (and the table's `form`) asks for. */
export function ActionFieldControl({ field, ...props }: FieldProps & { readonly field: EditableActionField }) {
  const { values, errors, readOnly } = props;
  const spec = actionFieldSpec(field);
  const set = (value: unknown) => props.onChange({ ...values, [field]: value });
  const form = spec.form;
  const required =
    form?.required === 'when-status-needs-reason' ? STATUSES_NEEDING_REASON.includes(values.status) : form?.required;
  const typed = {
    value: values[field] as string,
    readOnly,
    onChange: (_e: unknown, d: { value: string }) => set(d.value),
  };
  const shell = { label: spec.label, required, validationMessage: errors[field], hint: form?.hint };
  switch (spec.kind) {
    case 'text':
      return (
        <Field {...shell}>
          {form?.control === 'input' ? (
            <Input {...typed} />
          ) : (
            <Textarea {...typed} resize="vertical" rows={form?.rows} />
          )}
        </Field>
      );
    case 'date':
      return (
        <Field {...shell} hint="dd/mm/yyyy">
          <Input {...typed} inputMode="numeric" autoComplete="off" />
        </Field>
      );
    case 'agency':
    case 'member':
    case 'status':
      return (
        <Field {...shell}>
          <ChoiceDropdown {...props} field={field} kind={spec.kind} onSelect={set} />
        </Field>
      );
    case 'agencies':
      return (
        <ContributingAgencies
          legend={spec.label}
          agencies={props.agencies}
          lead={values.leadAgency}
          value={values[field] as readonly string[]}
          readOnly={readOnly}
          onChange={set}
        />
      );
    case 'milestones':
    case 'evidence':
      return (
        <RowList
          legend={spec.label}
          {...ROW_LISTS[spec.kind]}
          rows={values[field] as readonly RowValue[]}
          error={errors[field]}
          readOnly={readOnly}
          onChange={set}
        />
      );
    default:
      return null;
  }
}

/** The dropdown of a kind chosen from a list: agencies, plan members or statuses. */
function ChoiceDropdown(
  props: FieldProps & {
    readonly field: EditableActionField;
    readonly kind: 'agency' | 'member' | 'status';
    readonly onSelect: (value: string) => void;
  },
) {
  const value = props.values[props.field] as string;
  const common = { selectedOptions: value ? [value] : [], disabled: props.readOnly };
  switch (props.kind) {
    case 'agency':
      return (
        <Dropdown
          {...common}
          selectedOptions={[value]}
          value={props.agencies.find((a) => a.key === value)?.shortName ?? value}
          onOptionSelect={(_e, d) => d.optionValue && props.onSelect(d.optionValue)}
        >
          {agencyOptions(props.agencies)}
        </Dropdown>
      );
    case 'member':
      return (
        <Dropdown
          {...common}
          value={props.members.find((m) => m.id === value)?.displayName ?? ''}
          placeholder="Choose a person"
          onOptionSelect={(_e, d) => props.onSelect(d.optionValue ?? '')}
        >
          {props.members.map((m) => (
            <Option key={m.id} value={m.id} text={m.displayName}>
              {m.displayName}, {m.jobTitle}
            </Option>
          ))}
        </Dropdown>
      );
    case 'status':
      return (
        <Dropdown
          {...common}
          selectedOptions={[value]}
          value={ACTION_STATUS_META[value as ActionStatus].label}
          onOptionSelect={(_e, d) => d.optionValue && props.onSelect(d.optionValue)}
        >
          {ACTION_STATUSES.map((s) => (
            <Option key={s} value={s} text={ACTION_STATUS_META[s].label}>
              {`${ACTION_STATUS_META[s].label} (${ACTION_STATUS_META[s].ragLabel})`}
            </Option>
          ))}
        </Dropdown>
      );
  }
}
