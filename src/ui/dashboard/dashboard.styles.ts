import { makeStyles, tokens } from '@fluentui/react-components';
import type { ActionStatus } from '../../domain/action';
import { plainList, row, stack } from '../common/stack';
import { framed } from '../common/frame';
import { ON_NARROW_WINDOW } from '../theme/narrow-window';

/**
 * Segment fills by status, from theme tokens so light, dark and high-contrast each get their own;
 * every segment also carries its status in words (tooltip, legend, table), never colour alone.
 */
export const STATUS_FILL: Record<ActionStatus, string> = {
  'not-started': tokens.colorNeutralBackground5,
  'on-track': tokens.colorPaletteGreenBackground2,
  'at-risk': tokens.colorPaletteMarigoldBackground2,
  'off-track': tokens.colorPaletteRedBackground2,
  complete: tokens.colorPaletteBlueBackground2,
};

export const useDashboardStyles = makeStyles({
  page: stack('XL'),
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column-reverse',
    minWidth: '160px',
    ...framed('M', 'Stroke1'),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardValue: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  section: stack('S'),
  sectionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  chart: { width: '100%', maxWidth: '880px', height: 'auto', overflow: 'visible' },
  barChart: { ...stack('S'), maxWidth: '880px' },
  barList: plainList('XS'),
  barRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 2fr) minmax(0, 3fr)',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    [ON_NARROW_WINDOW]: { gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalXXS },
  },
  barLabel: { overflowWrap: 'anywhere', textAlign: 'end', [ON_NARROW_WINDOW]: { textAlign: 'start' } },
  barTrack: { display: 'block', width: '100%', height: '22px', overflow: 'visible' },
  todayLine: { stroke: tokens.colorNeutralForeground1, strokeWidth: '1.5px', strokeDasharray: '4 3' },
  axisText: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  segmentText: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '11px',
    fontFamily: tokens.fontFamilyBase,
    pointerEvents: 'none',
  },
  segment: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: 'none',
  },
  form: row('M', 'flex-end'),
});
