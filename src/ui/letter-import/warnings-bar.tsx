import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { ImportDraft } from '../../domain/letter-import/import-draft';
import type { LetterWarning } from '../../domain/letter/parsed-letter';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  bar: stack('S'),
});

interface Notice {
  readonly key: string;
  readonly intent: 'info' | 'warning';
  readonly title: string;
  readonly body: string;
}

function letterNotice(warning: LetterWarning, index: number): Notice {
  const key = `${warning.code}-${index}`;
  switch (warning.code) {
    case 'LETTER.NO_SECTIONS':
      return {
        key,
        intent: 'warning',
        title: 'No findings sections were found',
        body: 'This may not be a JTAI findings letter. Check the text, or add the findings by hand with "Add a finding".',
      };
    case 'LETTER.NO_PRIORITY_ACTIONS':
      return { key, intent: 'info', title: 'No areas for priority action', body: warning.message };
    default:
      return { key, intent: 'warning', title: 'Check the findings', body: warning.message };
  }
}

function draftNotices(draft: ImportDraft, draftKept: boolean): Notice[] {
  const notices = draft.notices.map(letterNotice);
  const guessed = draft.items.filter((i) => i.needsCheck).length;
  if (guessed > 0) {
    notices.push({
      key: 'guessed',
      intent: 'warning',
      title: `${guessed} finding${guessed === 1 ? ' was' : 's were'} split by guesswork`,
      body: 'Each is marked "Check where it starts and ends": merge or split it if the letter says otherwise.',
    });
  }
  if (!draftKept) {
    notices.push({
      key: 'not-kept',
      intent: 'warning',
      title: 'This browser is not keeping a copy of your review',
      body: 'Its storage is full or blocked, so reloading the page would lose your changes. Create the plan before you leave.',
    });
  }
  return notices;
}

/** What the parser noticed, and what the person should check, each said in words. */
export function WarningsBar({ draft, draftKept }: { draft: ImportDraft; draftKept: boolean }) {
  const styles = useStyles();
  const notices = draftNotices(draft, draftKept);
  if (notices.length === 0) return null;
  return (
    <div className={styles.bar}>
      {notices.map((n) => (
        <MessageBar key={n.key} intent={n.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{n.title}</MessageBarTitle>
            {n.body}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
