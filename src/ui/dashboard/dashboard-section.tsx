import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useDashboardStyles } from './dashboard.styles';

/** A part of the dashboard under its own heading, named by it, with what it is for said first when given. */
export function DashboardSection({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  const styles = useDashboardStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        {title}
      </Text>
      {description && <Text>{description}</Text>}
      {children}
    </section>
  );
}
