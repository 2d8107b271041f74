import {
  Button,
  Dialog,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FINDING_TYPE_LABEL, FINDING_TYPES, isFindingType, type Finding } from '../../domain/finding';
import { findingTextProblem, type FindingEdit } from '../../domain/finding-rules';
import type { FindingConflict } from '../../state/plan-view/finding-conflict';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';
import { DialogPanel } from '../common/dialog-panel';
import { dialogWidth } from '../common/dialog-width';
import { FindingConflictChoice } from './finding-conflict-choice';

const useStyles = makeStyles({
  surface: dialogWidth(720),
});

/**
 * Adds a finding by hand (no `finding`) or changes one's type and words. When someone else saved
 * the finding meanwhile, what only one of them changed is merged, and only the fields both changed
 * are asked about. The parent keeps it mounted and sets `open` false to close it, so Fluent can
 * release the focus trap.
 */
export function FindingEditorDialog({
  finding,
  open,
  onClose,
}: {
  finding?: Finding;
  open: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { planView } = useServices();
  const [edit, setEdit] = useState<FindingEdit>(() => ({
    type: finding?.type ?? 'improvement',
    text: finding?.text ?? '',
  }));
  const [textProblem, setTextProblem] = useState<string | null>(null);
  /** The stored finding this edit started from: a conflict merges against it. */
  const [base, setBase] = useState<Finding | undefined>(finding);
  const [conflict, setConflict] = useState<FindingConflict | null>(null);
  /** Counts conflicts, so each one's choices start afresh. */
  const [conflicts, setConflicts] = useState(0);
  const send = useCommand(
    (next: FindingEdit, from: Finding | undefined) => {
      const commands = planView.getState();
      return finding ? commands.editFinding(finding.id, next, from) : commands.addFinding(next);
    },
    { success: 'done', handled: ['conflict'], keepProblemWhileBusy: true, onSuccess: onClose },
  );
  const run = async (next: FindingEdit, from: Finding | undefined) => {
    const outcome = await send.run(next, from);
    setConflict(outcome.status === 'conflict' ? outcome.conflict : null);
    if (outcome.status === 'conflict') setConflicts((n) => n + 1);
  };
  const save = () => {
    setTextProblem(findingTextProblem(edit.text));
    if (!findingTextProblem(edit.text)) void run(edit, base);
  };
  /** Saves the person's choices over the version now stored, which the next conflict merges against. */
  const resolve = (resolved: Finding) => {
    if (!conflict) return;
    const next = { type: resolved.type, text: resolved.text };
    setEdit(next);
    setBase(conflict.theirs);
    void run(next, conflict.theirs);
  };
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogPanel
        className={styles.surface}
        title={finding ? 'Edit finding' : 'Add a finding'}
        actions={
          <>
            {!conflict && (
              <Button appearance="primary" disabledFocusable={send.busy} onClick={save}>
                {finding ? 'Save' : 'Add finding'}
              </Button>
            )}
            <Button onClick={onClose}>Cancel</Button>
          </>
        }
      >
        {send.problem && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>The finding was not saved</MessageBarTitle>
              {send.problem}
            </MessageBarBody>
          </MessageBar>
        )}
        {conflict ? (
          <FindingConflictChoice key={conflicts} conflict={conflict} busy={send.busy} onResolve={resolve} />
        ) : (
          <FindingFields edit={edit} textProblem={textProblem} onChange={setEdit} />
        )}
      </DialogPanel>
    </Dialog>
  );
}

/** The finding's type and words, as the person types them. */
function FindingFields(props: {
  edit: FindingEdit;
  textProblem: string | null;
  onChange: (edit: FindingEdit) => void;
}) {
  const { edit, onChange } = props;
  return (
    <>
      <Field label="Type of finding" required>
        <RadioGroup
          value={edit.type}
          onChange={(_e, data) => isFindingType(data.value) && onChange({ ...edit, type: data.value })}
        >
          {FINDING_TYPES.map((type) => (
            <Radio key={type} value={type} label={FINDING_TYPE_LABEL[type]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="The finding’s words"
        hint="As the letter puts them, word for word."
        required
        validationMessage={props.textProblem ?? undefined}
      >
        <Textarea
          value={edit.text}
          resize="vertical"
          rows={5}
          onChange={(_e, data) => onChange({ ...edit, text: data.value })}
        />
      </Field>
    </>
  );
}
