import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

/**
 * A table's header row: a header cell a column, in order, each showing its heading. `classNames`
 * styles a column's header cell, by its heading.
 */
export function TableHeadings({
  columns,
  classNames = {},
}: {
  columns: readonly string[];
  classNames?: Readonly<Record<string, string>>;
}) {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((column) => (
          <TableHeaderCell key={column} className={classNames[column]}>
            {column}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
