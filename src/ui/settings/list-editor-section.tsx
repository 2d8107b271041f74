import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { row } from '../common/stack';
import { DataTable } from '../common/data-table';

const useStyles = makeStyles({
  form: {
    ...row('M', 'flex-end'),
    marginTop: tokens.spacingVerticalM,
  },
});

/**
 * A settings section that edits one of the plan's lists (its agencies, its people): the list as a
 * table whose rows change or remove an entry, the fields that add one, and what last went wrong.
 */
export function ListEditorSection(props: {
  headingId: string;
  heading: string;
  tableLabel: string;
  columns: readonly string[];
  /** Narrowest the table gets before it scrolls sideways, in rem (see `DataTable`). */
  minWidthRem?: number;
  rows: ReactNode;
  addForm: ReactNode;
  problem: string | null;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby={props.headingId}>
      <Text as="h3" id={props.headingId} size={400} weight="semibold" block>
        {props.heading}
      </Text>
      <DataTable
        label={props.tableLabel}
        columns={props.columns}
        {...(props.minWidthRem !== undefined && { minWidthRem: props.minWidthRem })}
      >
        {props.rows}
      </DataTable>
      <div className={styles.form}>{props.addForm}</div>
      {props.problem && (
        <Text role="alert" block>
          {props.problem}
        </Text>
      )}
    </section>
  );
}
