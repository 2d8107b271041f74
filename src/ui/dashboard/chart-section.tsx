import { Text, ToggleButton } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useDashboardStyles } from './dashboard.styles';

/**
 * A titled chart that can always be read as a table instead: the table holds the same numbers,
 * for screen readers, keyboard users and anyone who would rather read than look.
 */
export function ChartSection({
  title,
  description,
  chart,
  table,
}: {
  title: string;
  description: string;
  chart: (labelledBy: string) => ReactNode;
  table: ReactNode;
}) {
  const styles = useDashboardStyles();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const descriptionId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <Text as="h3" id={headingId} size={400} weight="semibold">
          {title}
        </Text>
        <ToggleButton
          checked={asTable}
          onClick={() => setAsTable((v) => !v)}
          icon={<TableRegular />}
          aria-describedby={headingId}
        >
          Show as table
        </ToggleButton>
      </div>
      <Text id={descriptionId}>{description}</Text>
      {asTable ? table : chart(`${headingId} ${descriptionId}`)}
    </section>
  );
}
