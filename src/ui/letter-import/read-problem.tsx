import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ImportProblem } from '../../state/letter-import/problem';

const PROBLEM_TITLE: Partial<Record<ImportProblem['code'], string>> = {
  'LETTER.SCANNED_PDF': 'This PDF has no text to read',
  'LETTER.ENCRYPTED': 'This PDF is password-protected',
  'LETTER.CORRUPT': 'This file could not be read',
  'LETTER.TOO_LARGE': 'This file is too large',
  'LETTER.EXPANDS_TOO_MUCH': 'This file is far too large once opened',
  'LETTER.TOO_MANY_PAGES': 'This PDF has too many pages',
  'LETTER.TOO_MUCH_TEXT': 'This file has far too much text',
  'LETTER.TIMED_OUT': 'Reading this file took too long',
  'LETTER.UNSUPPORTED_TYPE': 'This type of file cannot be read',
  'LETTER.EMPTY': 'There is no text to read',
};

/** Why the letter could not be read, with the way round it: pasting its text. */
export function ReadProblem({ problem, onPasteInstead }: { problem: ImportProblem; onPasteInstead: () => void }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{PROBLEM_TITLE[problem.code] ?? 'The letter could not be read'}</MessageBarTitle>
        {problem.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onPasteInstead}>Paste the text instead</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
