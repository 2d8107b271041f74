import { tokens } from '@fluentui/react-components';

/** The vertical spacing tokens a stack can put between its children. */
export type StackGap = 'XXS' | 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';

/**
 * Lays an element's children out in a column, `gap` (a vertical spacing token) apart; with `align`,
 * aligned so across the column (`flex-start`: each child keeps its own width). Use it as a
 * makeStyles slot, or spread it into one that adds more.
 */
export function stack(gap: StackGap, align?: 'flex-start' | 'center' | 'flex-end') {
  const column = { display: 'flex', flexDirection: 'column', gap: tokens[`spacingVertical${gap}` as const] } as const;
  return align ? { ...column, alignItems: align } : column;
}

/** The horizontal spacing tokens a row can put between its children. */
export type RowGap = 'XXS' | 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';

/**
 * Lays an element's children out in a row that wraps, `gap` (a horizontal spacing token) apart,
 * aligned `align` across the row. Use it as a makeStyles slot, or spread it into one that adds more.
 */
export function row(gap: RowGap, align: 'center' | 'flex-end' | 'flex-start' | 'baseline' = 'center') {
  return {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: align,
    gap: tokens[`spacingHorizontal${gap}` as const],
  } as const;
}

/** A list (`ul`, `ol`) with no bullets, numbers or indent, its items stacked `gap` apart. */
export function plainList(gap: StackGap) {
  return { listStyle: 'none', margin: 0, padding: 0, ...stack(gap) } as const;
}
