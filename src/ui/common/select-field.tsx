import { Field, Select } from '@fluentui/react-components';
import { selectOptions } from './choice-options';

/** A labelled native select: one option per item, `choice` giving the value it reports and its words. */
export function SelectField<T, V extends string>(props: {
  label: string;
  hint?: string;
  value: V;
  onChange: (value: V) => void;
  items: readonly T[];
  choice: (item: T) => readonly [value: V, label: string];
}) {
  return (
    <Field label={props.label} {...(props.hint !== undefined && { hint: props.hint })}>
      {/* Every option's value came from `choice`, so the one chosen is a V. */}
      <Select value={props.value} onChange={(_e, d) => props.onChange(d.value as V)}>
        {selectOptions(props.items, props.choice)}
      </Select>
    </Field>
  );
}
