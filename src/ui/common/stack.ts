import { tokens } from '@fluentui/react-components';

/** The vertical spacing tokens a stack can put between its children. */
export type StackGap = 'XXS' | 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';

/**
 * Lays an element's children out in a column, `gap` (a vertical spacing token) apart. Use it as a
 * makeStyles slot, or spread it into one that adds more.
 */
export function stack(gap: StackGap) {
  return { display: 'flex', flexDirection: 'column', gap: tokens[`spacingVertical${gap}` as const] } as const;
}
