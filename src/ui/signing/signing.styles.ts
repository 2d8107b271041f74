import { makeStyles, tokens } from '@fluentui/react-components';
import { row, stack } from '../common/stack';

/** Layout of the signer's view; theme tokens only, so every theme (and high contrast) holds. */
export const useSigningStyles = makeStyles({
  view: {
    ...stack('M'),
    padding: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  column: stack('S'),
  row: row('M'),
  reference: { fontFamily: tokens.fontFamilyMonospace },
});
