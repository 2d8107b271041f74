import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ON_NARROW_WINDOW } from '../theme/narrow-window';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    // On a phone a term beside its value leaves the value a sliver: each value goes under its term.
    [ON_NARROW_WINDOW]: { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 0 },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, [ON_NARROW_WINDOW]: { marginBottom: tokens.spacingVerticalS } },
});

/** A fact and what it is, as a description list read term by term. */
export type Fact = readonly [term: string, value: ReactNode];

/** Facts in two columns, each term beside its value (a `dl`, so a screen reader pairs them); on a phone, one under the other. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>
            <Text>{value}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
