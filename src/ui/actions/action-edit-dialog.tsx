import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Action } from '../../domain/action';
import type { ActionErrors } from '../../domain/action-rules';
import type { ContentChangePreview } from '../../domain/workflow/preview-content-change';
import { changedActionFields } from '../../domain/action-diff';
import { actionEditRefusal, agenciesMemberCanLead, canPostUpdate } from '../../domain/permissions';
import type { SaveOutcome } from '../../state/save-outcome';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { ActionFields } from './action-fields';
import { fromFormValues, toFormValues, type ActionFormValues } from './action-form-state';
import { ConflictResolver } from './conflict-resolver';
import { ProgressUpdates } from './progress-updates';
import { SupersedeWarning } from './supersede-warning';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
});

type Notice = { intent: 'error' | 'warning'; title: string; message: string } | null;

/** Edits an action in the plan, or (mode "create") fills in a new one before it is added. */
export function ActionEditDialog({
  action,
  mode = 'edit',
  onClose,
  open = true,
}: {
  action: Action;
  mode?: 'edit' | 'create';
  onClose: () => void;
  /** The parent keeps the dialog mounted and sets this false to close it, so Fluent can release the focus trap. */
  open?: boolean;
}) {
  const styles = useStyles();
  const close = onClose;
  const { planView } = useServices();
  const snapshot = useStore(planView, (s) => s.snapshot)!;
  const me = useStore(planView, (s) => s.me);
  // An edit kept on this device that clashed when it was sent opens as the choice it needs.
  const [keptClash] = useState(() => (mode === 'edit' ? planView.getState().clashOf(action.id) : null));
  const [values, setValues] = useState<ActionFormValues>(() => toFormValues(keptClash?.mine ?? action));
  const [errors, setErrors] = useState<ActionErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState<Extract<SaveOutcome, { status: 'conflict' }> | null>(keptClash);
  const [busy, setBusy] = useState(false);
  /** The stored action this edit started from: a conflict merges against it. */
  const [base, setBase] = useState<Action>(action);
  /** A save that would withdraw sign-offs, waiting for the person to confirm it. */
  const [warning, setWarning] = useState<{ draft: Action; preview: ContentChangePreview } | null>(null);
  const creating = mode === 'create';
  const refusal = creating ? null : actionEditRefusal(me, action, snapshot.plan.agencies);
  const agencies = creating ? agenciesMemberCanLead(me, snapshot.plan.agencies) : snapshot.plan.agencies;
  const updates = snapshot.updates.filter((u) => u.actionId === action.id);
  const changedBy = useStore(planView, (s) => s.othersChanged[action.id]);
  /** Someone else saved this action after the editor opened: their change is merged in on saving. */
  const changedMeanwhile = !creating && changedBy !== undefined && changedActionFields(base, action).length > 0;

  const save = async (draft: Action, from: Action = base) => {
    setBusy(true);
    const state = planView.getState();
    const outcome = await (creating ? state.addAction(draft) : state.saveAction(draft, from));
    setBusy(false);
    setConflict(null);
    handleOutcome(outcome);
  };
  const handleOutcome = (outcome: SaveOutcome) => {
    switch (outcome.status) {
      case 'saved':
        return close();
      case 'invalid':
        setErrors(outcome.errors);
        return setNotice({
          intent: 'error',
          title: 'Check the highlighted fields',
          message: 'Nothing has been saved yet.',
        });
      case 'refused':
        return setNotice({ intent: 'error', title: 'You cannot change this action', message: outcome.message });
      case 'conflict':
        setValues(toFormValues(outcome.mine));
        return setConflict(outcome);
      case 'pending':
        setNotice({
          intent: 'warning',
          title: 'Saved on this device, not yet in SharePoint',
          message: outcome.message,
        });
        return;
      case 'failed':
        return setNotice({ intent: 'error', title: 'Not saved', message: outcome.message });
    }
  };
  const submit = () => {
    const { action: draft, errors: typed } = fromFormValues(action, values);
    if (Object.keys(typed).length > 0) {
      setErrors(typed);
      return setNotice({
        intent: 'error',
        title: 'Check the highlighted fields',
        message: 'Nothing has been saved yet.',
      });
    }
    setErrors({});
    setNotice(null);
    const preview = creating ? null : planView.getState().previewSave(draft);
    if (preview) return setWarning({ draft, preview });
    void save(draft);
  };
  const confirmWarned = () => {
    if (!warning) return;
    setWarning(null);
    void save(warning.draft);
  };

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface aria-describedby={undefined} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{creating ? 'New action' : refusal ? 'Action' : 'Edit action'}</DialogTitle>
          <DialogContent>
            {refusal && (
              <MessageBar intent="info">
                <MessageBarBody>{refusal}</MessageBarBody>
              </MessageBar>
            )}
            {notice && (
              <MessageBar intent={notice.intent} role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{notice.title}</MessageBarTitle>
                  {notice.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {changedMeanwhile && !conflict && !refusal && (
              <MessageBar intent="info" politeness="polite">
                <MessageBarBody>
                  <MessageBarTitle>{changedBy} changed this action just now</MessageBarTitle>
                  What you have typed is kept. When you save, their change is kept too; you are asked only about a field
                  you both changed.
                </MessageBarBody>
              </MessageBar>
            )}
            {warning && (
              <SupersedeWarning
                preview={warning.preview}
                busy={busy}
                onConfirm={confirmWarned}
                onCancel={() => setWarning(null)}
              />
            )}
            {conflict ? (
              <ConflictResolver
                mine={conflict.mine}
                theirs={conflict.theirs}
                {...(conflict.theirsBy && { theirsBy: conflict.theirsBy })}
                merge={conflict.merge}
                snapshot={snapshot}
                onResolve={(merged) => {
                  setBase(conflict.theirs);
                  void save(merged, conflict.theirs);
                }}
                busy={busy}
              />
            ) : (
              <ActionFields
                values={refusal ? toFormValues(action) : values}
                errors={errors}
                agencies={agencies}
                members={snapshot.members}
                readOnly={refusal !== null}
                onChange={setValues}
              />
            )}
            {!creating && !conflict && (
              <ProgressUpdates action={action} updates={updates} canPost={canPostUpdate(me, action)} />
            )}
          </DialogContent>
          <DialogActions>
            {!refusal && !conflict && !warning && (
              <Button appearance="primary" onClick={submit} disabledFocusable={busy}>
                {busy ? 'Saving…' : creating ? 'Add action' : 'Save'}
              </Button>
            )}
            <Button appearance="secondary" onClick={close}>
              {refusal ? 'Close' : 'Cancel'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
