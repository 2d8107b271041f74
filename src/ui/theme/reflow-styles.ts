import { makeStaticStyles } from '@fluentui/react-components';
import { ON_NARROW_WINDOW } from './narrow-window';

/**
 * Reflow (WCAG 1.4.10): on a window 320 px wide (a phone, a Teams meeting's side panel, a desktop
 * zoomed to 400%) nothing runs off the side of the page.
 *
 * - Fluent sizes a field to its control and a native select to its longest choice, so a field in a
 *   narrow column overflowed it: a field shrinks to its column instead. Where there is room (most
 *   windows) a row of fields wraps before any field shrinks, so nothing changes there.
 * - A control in a table cell fills the cell rather than spilling into the next one.
 * - Fluent gives a dropdown at least 250 px; on a narrow window that gives way to the column.
 *
 * Two classes, so these win over Fluent's one-class rules whichever is inserted first.
 */
export const useReflowStyles = makeStaticStyles([
  {
    '.fui-FluentProvider .fui-Field, .fui-FluentProvider .fui-Select': { minWidth: 0 },
    '.fui-TableCell > .fui-Input, .fui-TableCell > .fui-Dropdown, .fui-TableCell > .fui-Select': {
      width: '100%',
      minWidth: 0,
    },
  },
  `${ON_NARROW_WINDOW} { .fui-FluentProvider .fui-Dropdown, .fui-FluentProvider .fui-Combobox { min-width: 0; max-width: 100%; } }`,
]);
