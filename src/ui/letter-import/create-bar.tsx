import { Button, Spinner, Text, makeStyles, useRestoreFocusTarget } from '@fluentui/react-components';
import type { DraftProblems } from '../../domain/letter-import/validate-draft';
import type { ImportProblem } from '../../state/letter-import/problem';
import { LinesMessageBar } from '../common/lines-message-bar';
import { ProblemBar } from '../common/problem-bar';
import { row, stack } from '../common/stack';

const useStyles = makeStyles({
  bar: stack('M'),
  buttons: row('M'),
});

interface Props {
  readonly creating: boolean;
  readonly problems: DraftProblems | null;
  readonly failure: ImportProblem | null;
  readonly onCreate: () => void;
  /** Asks whether to discard the draft (the dialog that asks stays with the page, see DiscardDraftDialog). */
  readonly onAskDiscard: () => void;
}

function problemLines(problems: DraftProblems): string[] {
  const fields = Object.keys(problems.fields).length;
  const items = Object.keys(problems.items).length;
  return [
    ...problems.general,
    ...(fields > 0
      ? [`${fields} plan detail${fields === 1 ? ' needs' : 's need'} fixing: see the messages under them.`]
      : []),
    ...(items > 0 ? [`${items} finding${items === 1 ? ' needs' : 's need'} fixing: see the messages under them.`] : []),
  ];
}

/** The one button that saves anything, what stops it, and what went wrong when it failed. */
export function CreateBar({ creating, problems, failure, onCreate, onAskDiscard }: Props) {
  const restoreFocusTarget = useRestoreFocusTarget();
  const styles = useStyles();
  const lines = problems ? problemLines(problems) : [];
  return (
    <section className={styles.bar} aria-label="Create the plan">
      {lines.length > 0 && <LinesMessageBar intent="error" title="The plan cannot be created yet" lines={lines} />}
      {failure && <ProblemBar title="The plan was not created" message={failure.message} />}
      <Text>Nothing is saved until you create the plan. Your review is kept in this browser until then.</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={creating} onClick={onCreate}>
          {failure ? 'Try again: create plan and findings' : 'Create plan and findings'}
        </Button>
        <Button disabledFocusable={creating} onClick={onAskDiscard} {...restoreFocusTarget}>
          Discard draft
        </Button>
        {creating && <Spinner size="tiny" label="Creating the plan and its findings…" />}
      </div>
    </section>
  );
}
