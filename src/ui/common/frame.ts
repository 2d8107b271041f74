import { tokens } from '@fluentui/react-components';

/**
 * A box drawn with the theme's thin border and medium rounding, `padding` (a horizontal spacing
 * token) inside. `Stroke1` is the stronger border, for boxes a person must tell apart (WCAG 1.4.11);
 * `Stroke2` the quieter one, for sections that headings already set apart. Spread it into a
 * makeStyles slot.
 */
export function framed(padding: 'M' | 'L', stroke: 'Stroke1' | 'Stroke2' = 'Stroke2') {
  return {
    padding: tokens[`spacingHorizontal${padding}` as const],
    border: `${tokens.strokeWidthThin} solid ${tokens[`colorNeutral${stroke}` as const]}`,
    borderRadius: tokens.borderRadiusMedium,
  } as const;
}
