import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FINDING_TYPE_LABEL, FINDING_TYPES, isFindingType, type Finding } from '../../domain/finding';
import { findingTextProblem, type FindingEdit } from '../../domain/finding-rules';
import type { FindingOutcome } from '../../state/finding-commands';
import { useServices } from '../app-services';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(720px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Notice = { readonly intent: 'error' | 'warning'; readonly title: string; readonly message: string } | null;

const noticeOf = (outcome: Exclude<FindingOutcome, { status: 'done' }>): Notice =>
  outcome.status === 'conflict'
    ? { intent: 'warning', title: 'Someone else changed this finding', message: outcome.message }
    : { intent: 'error', title: 'The finding was not saved', message: outcome.message };

/**
 * Adds a finding by hand (no `finding`) or changes one's type and words. The parent keeps it
 * mounted and sets `open` false to close it, so Fluent can release the focus trap.
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
  const [notice, setNotice] = useState<Notice>(null);
  const [textProblem, setTextProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setTextProblem(findingTextProblem(edit.text));
    if (findingTextProblem(edit.text)) return;
    setBusy(true);
    const commands = planView.getState();
    const outcome = finding ? await commands.editFinding(finding.id, edit) : await commands.addFinding(edit);
    setBusy(false);
    if (outcome.status === 'done') onClose();
    else setNotice(noticeOf(outcome));
  };
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{finding ? 'Edit finding' : 'Add a finding'}</DialogTitle>
          <DialogContent className={styles.content}>
            {notice && (
              <MessageBar intent={notice.intent} layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{notice.title}</MessageBarTitle>
                  {notice.message}
                </MessageBarBody>
              </MessageBar>
            )}
            <Field label="Type of finding" required>
              <RadioGroup
                value={edit.type}
                onChange={(_e, data) => isFindingType(data.value) && setEdit({ ...edit, type: data.value })}
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
              validationMessage={textProblem ?? undefined}
            >
              <Textarea
                value={edit.text}
                resize="vertical"
                rows={5}
                onChange={(_e, data) => setEdit({ ...edit, text: data.value })}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
              {finding ? 'Save' : 'Add finding'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
