import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { StatementGap } from '../../domain/statement/statement-gaps';

/** Up to this many gaps are listed at once; the rest on request. */
export const GAPS_SHOWN_FIRST = 5;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

const countText = (n: number) =>
  n === 1 ? '1 thing is missing from the statement' : `${n} things are missing from the statement`;

/**
 * What the statement still lacks, above the export: areas without actions, actions without a lead
 * officer, target date or success measure, and signatures outstanding. A long list opens on request.
 */
export function StatementGapsBar({ gaps }: { gaps: readonly StatementGap[] }) {
  const styles = useStyles();
  const listId = useId();
  const [open, setOpen] = useState(false);
  if (gaps.length === 0) return null;
  const long = gaps.length > GAPS_SHOWN_FIRST;
  const shown = long && !open ? gaps.slice(0, GAPS_SHOWN_FIRST) : gaps;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{countText(gaps.length)}</MessageBarTitle>
        You can still export it as a draft.
        <ul className={styles.list} id={listId}>
          {shown.map((gap, i) => (
            <li key={`${gap.kind}-${gap.actionId ?? gap.findingId ?? ''}-${i}`}>{gap.message}</li>
          ))}
        </ul>
        {long && (
          <Button appearance="transparent" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? `Show the first ${GAPS_SHOWN_FIRST} only` : `Show all ${gaps.length}`}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
