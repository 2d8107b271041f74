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
