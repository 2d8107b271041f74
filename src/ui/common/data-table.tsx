import { Table, TableBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { TableHeadings } from './table-headings';

/** How wide a column may get before its table scrolls instead, in rem. */
const COLUMN_REM = 8;

const useStyles = makeStyles({
  box: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Fluent shades a row under the pointer and sets its text to the hover colour, but not the links,
  // badges and muted text in it: in the high-contrast theme that is yellow or white on cyan. These
  // rows do nothing when clicked, so they keep their colours.
  table: {
    '& tbody tr:hover, & tbody tr:active': {
      backgroundColor: tokens.colorTransparentBackground,
      color: tokens.colorNeutralForeground1,
    },
  },
});

/**
 * A table of data under a row of headings. On a window narrower than its columns need (a phone, a
 * Teams meeting's side panel, a desktop zoomed to 400%) it scrolls sideways in its own box, so words
 * and controls are not squeezed over each other and the page around it does not scroll: WCAG 1.4.10
 * allows a data table to scroll, the page not. While it scrolls, the box is a named stop in the tab
 * order, so it can be scrolled from the keyboard.
 */
export function DataTable(props: {
  /** The table's accessible name. */
  label: string;
  columns: readonly string[];
  /** The rows, under the headings. */
  children: ReactNode;
  /** Narrowest the table gets before it scrolls, in rem; 8 a column unless its cells need more. */
  minWidthRem?: number;
  size?: 'small' | 'medium';
  /** Styles a column's header cell (its width), by its heading. */
  headingClassNames?: Readonly<Record<string, string>>;
}) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(box);
  const minWidth = `${props.minWidthRem ?? props.columns.length * COLUMN_REM}rem`;
  return (
    <div ref={box} className={styles.box} {...(scrolls && { role: 'region', 'aria-label': props.label, tabIndex: 0 })}>
      <Table aria-label={props.label} size={props.size ?? 'medium'} style={{ minWidth }} className={styles.table}>
        <TableHeadings
          columns={props.columns}
          {...(props.headingClassNames && { classNames: props.headingClassNames })}
        />
        <TableBody>{props.children}</TableBody>
      </Table>
    </div>
  );
}

/** Whether the element is narrower than what it holds, watched as either changes size. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
