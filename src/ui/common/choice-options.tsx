import { Field, Select } from '@fluentui/react-components';

/** A native select's options: one for each item, with the value it reports and the words it shows. */
export function selectOptions<T>(items: readonly T[], choice: (item: T) => readonly [value: string, label: string]) {
  return items.map((item) => {
    const [value, label] = choice(item);
    return (
      <option key={value} value={value}>
        {label}
      </option>
    );
  });
}

/** A native select's options for a fixed vocabulary: each key, shown by its label. */
export function vocabularyOptions<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) {
  return selectOptions(keys, (key) => [key, labels[key]]);
}

/** A labelled native select: one option per item, `choice` giving the value it reports and its words. */
export function SelectField<T, V extends string>(props: {
  label: string;
  hint?: string;
  className?: string;
  value: V;
  onChange: (value: V) => void;
  items: readonly T[];
  choice: (item: T) => readonly [value: V, label: string];
}) {
  return (
    <Field
      label={props.label}
      {...(props.hint !== undefined && { hint: props.hint })}
      {...(props.className !== undefined && { className: props.className })}
    >
      {/* Every option's value came from `choice`, so the one chosen is a V. */}
      <Select value={props.value} onChange={(_e, d) => props.onChange(d.value as V)}>
        {selectOptions(props.items, props.choice)}
      </Select>
    </Field>
  );
}
