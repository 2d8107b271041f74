import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DraftProblems } from '../../domain/letter-import/validate-draft';
import type { ImportProblem } from '../../state/letter-import/problem';
import { ProblemBar } from '../common/problem-bar';
import { row, stack } from '../common/stack';

const useStyles = makeStyles({
  bar: stack('M'),
  buttons: row('M'),
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface Props {
  readonly creating: boolean;
  readonly problems: DraftProblems | null;
  readonly failure: ImportProblem | null;
  readonly onCreate: () => void;
  readonly onDiscard: () => void;
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

function DiscardButton({ onDiscard, disabled }: { onDiscard: () => void; disabled: boolean }) {
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button disabledFocusable={disabled}>Discard draft</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard this draft?</DialogTitle>
          <DialogContent>
            Your review of this letter will be lost. Nothing has been saved to the plan list.
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onDiscard}>
                Discard
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>Keep reviewing</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The one button that saves anything, what stops it, and what went wrong when it failed. */
export function CreateBar({ creating, problems, failure, onCreate, onDiscard }: Props) {
  const styles = useStyles();
  const lines = problems ? problemLines(problems) : [];
  return (
    <section className={styles.bar} aria-label="Create the plan">
      {lines.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The plan cannot be created yet</MessageBarTitle>
            <ul className={styles.list}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {failure && <ProblemBar title="The plan was not created" message={failure.message} />}
      <Text>Nothing is saved until you create the plan. Your review is kept in this browser until then.</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={creating} onClick={onCreate}>
          {failure ? 'Try again: create plan and findings' : 'Create plan and findings'}
        </Button>
        <DiscardButton onDiscard={onDiscard} disabled={creating} />
        {creating && <Spinner size="tiny" label="Creating the plan and its findings…" />}
      </div>
    </section>
  );
}
