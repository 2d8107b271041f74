import { tokens } from '@fluentui/react-components';
import { stack } from './stack';
import { framed } from './frame';

/** A finding as a card, on the plan page and in the letter review alike. */
export const FINDING_CARD = {
  ...stack('S'),
  ...framed('M'),
  backgroundColor: tokens.colorNeutralBackground1,
} as const;

/** The card a link or a selection points at. */
export const HIGHLIGHTED_CARD = { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` } as const;
