import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, row, stack } from '../common/stack';
import { framed } from '../common/frame';

/** Layout shared by the governance sections; theme tokens only, so every theme (and high contrast) holds. */
export const useGovernanceStyles = makeStyles({
  panel: stack('XL'),
  section: {
    ...stack('M'),
    ...framed('L'),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  form: {
    ...row('M', 'flex-end'),
  },
  column: stack('S'),
  grow: { flex: '1 1 320px', minWidth: '240px' },
  buttons: row('S'),
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...stack('XS'),
  },
  plainList: plainList('S'),
  card: {
    ...framed('M'),
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
  notCounted: { backgroundColor: tokens.colorNeutralBackground3 },
});
