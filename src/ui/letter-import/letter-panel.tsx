import { Badge, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { FINDING_TYPE_LABEL } from '../../domain/finding';
import type { DraftLetter } from '../../domain/letter-import/import-draft';
import type { LetterSection, TextSpan } from '../../domain/letter/parsed-letter';
import { letterRuns, type LetterPart } from './letter-segments';
import { stack } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  panel: { ...stack('S'), minWidth: 0 },
  scroller: {
    position: 'relative',
    maxHeight: '75vh',
    overflowY: 'auto',
    ...framed('M', 'Stroke1'),
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  section: {
    display: 'block',
    margin: `${tokens.spacingVerticalS} 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sectionLabel: { display: 'block', marginBottom: tokens.spacingVerticalXS, whiteSpace: 'normal' },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    textDecorationLine: 'underline',
  },
});

const sectionName = (section: LetterSection) =>
  section.type === 'other' ? null : `Detected: ${FINDING_TYPE_LABEL[section.type].toLowerCase()} section`;

/** Scrolls the panel itself (never the page) so the selected finding's words are in view. */
function useScrollToSelected(selected: TextSpan | null) {
  const scroller = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = scroller.current;
    const target = mark.current;
    if (!box || !target || !selected) return;
    box.scrollTop = Math.max(0, target.offsetTop - box.clientHeight / 4);
  }, [selected]);
  return { scroller, mark };
}

/** The letter's text with the detected findings sections marked, and the selected finding's words highlighted. */
export function LetterPanel({ letter, selected }: { letter: DraftLetter; selected: TextSpan | null }) {
  const styles = useStyles();
  const runs = useMemo(() => letterRuns(letter.text, letter.sections, selected), [letter, selected]);
  const { scroller, mark } = useScrollToSelected(selected);
  const renderPart = (part: LetterPart, key: number) =>
    part.selected ? (
      <mark key={key} ref={mark} className={styles.selected}>
        {part.text}
      </mark>
    ) : (
      <span key={key}>{part.text}</span>
    );
  return (
    <section className={styles.panel} aria-labelledby="letter-heading">
      <Subtitle1 as="h2" id="letter-heading">
        The letter
      </Subtitle1>
      <div ref={scroller} className={styles.scroller} role="region" aria-label="Letter text" tabIndex={0}>
        {runs.map((run) => {
          const label = run.section ? sectionName(run.section) : null;
          if (!label) return <span key={run.start}>{run.parts.map(renderPart)}</span>;
          return (
            <span key={run.start} className={styles.section}>
              <span className={styles.sectionLabel}>
                <Badge appearance="tint" color="brand">
                  {label}
                </Badge>
              </span>
              {run.parts.map(renderPart)}
            </span>
          );
        })}
      </div>
    </section>
  );
}
