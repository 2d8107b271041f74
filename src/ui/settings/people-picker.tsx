import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DirectoryUser } from '../../domain/persona';

/** Finds a person in the directory (Entra ID in a tenant, the demo directory locally) as they type. */
export function PeoplePicker(props: {
  search: (q: string) => Promise<readonly DirectoryUser[]>;
  onPick: (user: DirectoryUser | null) => void;
  picked: DirectoryUser | null;
}) {
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<readonly DirectoryUser[]>([]);
  const { search } = props;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      search(query).then(
        (found) => live && setPeople(found),
        () => live && setPeople([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);
  return (
    <Field label="Person" hint="Type two or more letters of their name">
      <Combobox
        freeform
        value={props.picked?.displayName ?? query}
        onInput={(e) => {
          props.onPick(null);
          setQuery((e.target as HTMLInputElement).value);
        }}
        onOptionSelect={(_e, d) => props.onPick(people.find((p) => p.id === d.optionValue) ?? null)}
      >
        {people.map((p) => (
          <Option key={p.id} value={p.id} text={p.displayName}>
            {`${p.displayName}, ${p.jobTitle} (${p.organisation})`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
