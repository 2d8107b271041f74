import { makeStyles, tokens } from '@fluentui/react-components';
import { row, stack } from '../common/stack';

/** Layout shared by the governance sections; theme tokens only, so every theme (and high contrast) holds. */
export const useGovernanceStyles = makeStyles({
  panel: stack('XL'),
  section: {
    ...stack('M'),
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  form: {
    ...row('M', 'flex-end'),
  },
  column: stack('S'),
  grow: { flex: '1 1 320px', minWidth: '240px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...stack('XS'),
  },
  plainList: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    ...stack('S'),
  },
  card: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ...stack('XS'),
  },
  yours: {
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ...stack('S'),
  },
  overdue: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  current: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  tableScroll: { overflowX: 'auto' },
  notCounted: { backgroundColor: tokens.colorNeutralBackground3 },
});
