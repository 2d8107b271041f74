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
import { actionEditRefusal, agenciesMemberCanLead, canPostUpdate } from '../../domain/permissions';
import type { SaveOutcome } from '../../state/save-outcome';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { ActionFields } from './action-fields';
import { fromFormValues, toFormValues, type ActionFormValues } from './action-form-state';
import { ConflictResolver } from './conflict-resolver';
import { ProgressUpdates } from './progress-updates';

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
  const [values, setValues] = useState<ActionFormValues>(() => toFormValues(action));
  const [errors, setErrors] = useState<ActionErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState<Extract<SaveOutcome, { status: 'conflict' }> | null>(null);
  const [busy, setBusy] = useState(false);
  const creating = mode === 'create';
  const refusal = creating ? null : actionEditRefusal(me, action, snapshot.plan.agencies);
  const agencies = creating ? agenciesMemberCanLead(me, snapshot.plan.agencies) : snapshot.plan.agencies;
  const updates = snapshot.updates.filter((u) => u.actionId === action.id);

  const save = async (draft: Action) => {
    setBusy(true);
    const state = planView.getState();
    const outcome = await (creating ? state.addAction(draft) : state.saveAction(draft));
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
    void save(draft);
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
            {conflict ? (
              <ConflictResolver
                mine={conflict.mine}
                theirs={conflict.theirs}
                snapshot={snapshot}
                onResolve={(merged) => void save(merged)}
                busy={busy}
              />
            ) : (
              <ActionFields
                values={values}
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
            {!refusal && !conflict && (
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
