import { Field, Select } from '@fluentui/react-components';
import { INSPECTION_TYPE_LABEL, INSPECTION_TYPES, isInspectionType, type InspectionType } from '../../domain/plan';
import { vocabularyOptions } from './choice-options';

/** The kind of inspection the letter reports, from the fixed list. */
export function InspectionTypeField(props: {
  value: InspectionType;
  disabled?: boolean;
  onChange: (type: InspectionType) => void;
}) {
  return (
    <Field label="Inspection type" required>
      <Select
        value={props.value}
        disabled={props.disabled}
        onChange={(_e, data) => isInspectionType(data.value) && props.onChange(data.value)}
      >
        {vocabularyOptions(INSPECTION_TYPES, INSPECTION_TYPE_LABEL)}
      </Select>
    </Field>
  );
}
