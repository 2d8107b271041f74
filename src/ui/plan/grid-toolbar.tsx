import { Checkbox, Dropdown, Field, Option, SearchBox, makeStyles } from '@fluentui/react-components';
import { ACTION_STATUS_META, ACTION_STATUSES, type ActionStatus } from '../../domain/action';
import type { ActionQuery, GroupBy, SortBy } from '../../domain/action-query';
import type { Agency } from '../../domain/agency';
import { row } from '../common/stack';
import { agencyOptions } from '../common/agency-options';

const useStyles = makeStyles({
  bar: row('M', 'flex-end'),
});

const GROUPS: Record<GroupBy, string> = {
  finding: 'Finding',
  agency: 'Lead agency',
  status: 'Status',
  none: 'No grouping',
};
const SORTS: Record<SortBy, string> = {
  order: 'Plan order',
  target: 'Target date',
  status: 'Status',
  agency: 'Lead agency',
};
const ANY = 'any';

export function GridToolbar({
  query,
  agencies,
  onChange,
}: {
  query: ActionQuery;
  agencies: readonly Agency[];
  onChange: (q: ActionQuery) => void;
}) {
  const styles = useStyles();
  const set = <K extends keyof ActionQuery>(key: K, value: ActionQuery[K]) => onChange({ ...query, [key]: value });
  const agencyName = agencies.find((a) => a.key === query.agency)?.shortName ?? 'All agencies';
  return (
    <div className={styles.bar} role="search" aria-label="Filter actions">
      <Field label="Search actions">
        <SearchBox value={query.search} onChange={(_e, d) => set('search', d.value)} />
      </Field>
      <Field label="Lead agency">
        <Dropdown
          value={agencyName}
          selectedOptions={[query.agency ?? ANY]}
          onOptionSelect={(_e, d) => set('agency', d.optionValue === ANY ? null : (d.optionValue ?? null))}
        >
          <Option value={ANY}>All agencies</Option>
          {agencyOptions(agencies)}
        </Dropdown>
      </Field>
      <Field label="Status">
        <Dropdown
          value={query.status ? ACTION_STATUS_META[query.status].label : 'Any status'}
          selectedOptions={[query.status ?? ANY]}
          onOptionSelect={(_e, d) =>
            set('status', d.optionValue === ANY ? null : ((d.optionValue as ActionStatus | undefined) ?? null))
          }
        >
          <Option value={ANY}>Any status</Option>
          {ACTION_STATUSES.map((s) => (
            <Option key={s} value={s}>
              {ACTION_STATUS_META[s].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ChoiceField label="Group by" choices={GROUPS} value={query.groupBy} onChange={(g) => set('groupBy', g)} />
      <ChoiceField label="Sort by" choices={SORTS} value={query.sortBy} onChange={(by) => set('sortBy', by)} />
      <Checkbox
        label="Overdue only"
        checked={query.overdueOnly}
        onChange={(_e, d) => set('overdueOnly', d.checked === true)}
      />
    </div>
  );
}

/** A dropdown of fixed choices, each a key and its label. */
function ChoiceField<K extends string>(props: {
  label: string;
  choices: Record<K, string>;
  value: K;
  onChange: (key: K) => void;
}) {
  return (
    <Field label={props.label}>
      <Dropdown
        value={props.choices[props.value]}
        selectedOptions={[props.value]}
        onOptionSelect={(_e, d) => d.optionValue && props.onChange(d.optionValue as K)}
      >
        {Object.entries<string>(props.choices).map(([key, label]) => (
          <Option key={key} value={key}>
            {label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
