import { useState } from 'react';
import type { Action } from '../../domain/action';
import { changedActionFields } from '../../domain/action-diff';
import type { ActionErrors } from '../../domain/action-rules';
import { actionEditRefusal, agenciesMemberCanLead } from '../../domain/permissions';
import type { ContentChangePreview } from '../../domain/workflow/preview-content-change';
import type { SaveOutcome } from '../../state/save-outcome';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { fromFormValues, toFormValues, type ActionFormValues } from './action-form-state';

export type Notice = { intent: 'error' | 'warning'; title: string; message: string } | null;
export type Conflict = Extract<SaveOutcome, { status: 'conflict' }>;
/** A save that would withdraw sign-offs, waiting for the person to confirm it. */
export type Warning = { draft: Action; preview: ContentChangePreview } | null;

const CHECK_FIELDS: Notice = {
  intent: 'error',
  title: 'Check the highlighted fields',
  message: 'Nothing has been saved yet.',
};

interface OutcomeSetters {
  readonly close: () => void;
  readonly setErrors: (errors: ActionErrors) => void;
  readonly setNotice: (notice: Notice) => void;
  readonly setConflict: (conflict: Conflict) => void;
  readonly setValues: (values: ActionFormValues) => void;
}

/** What the editor shows after a save: closed when saved, else why not and what to do. */
function showOutcome(outcome: SaveOutcome, ui: OutcomeSetters): void {
  switch (outcome.status) {
    case 'saved':
      return ui.close();
    case 'invalid':
      ui.setErrors(outcome.errors);
      return ui.setNotice(CHECK_FIELDS);
    case 'refused':
      return ui.setNotice({ intent: 'error', title: 'You cannot change this action', message: outcome.message });
    case 'conflict':
      ui.setValues(toFormValues(outcome.mine));
      return ui.setConflict(outcome);
    case 'pending':
      return ui.setNotice({
        intent: 'warning',
        title: 'Saved on this device, not yet in SharePoint',
        message: outcome.message,
      });
    case 'failed':
      return ui.setNotice({ intent: 'error', title: 'Not saved', message: outcome.message });
  }
}

/** The state of the action editor: what is typed, what went wrong, and saving it. */
export function useActionEditor(action: Action, mode: 'edit' | 'create', close: () => void) {
  const { planView } = useServices();
  const snapshot = useStore(planView, (s) => s.snapshot)!;
  const me = useStore(planView, (s) => s.me);
  const creating = mode === 'create';
  // An edit kept on this device that clashed when it was sent opens as the choice it needs.
  const [keptClash] = useState(() => (creating ? null : planView.getState().clashOf(action.id)));
  const [values, setValues] = useState<ActionFormValues>(() => toFormValues(keptClash?.mine ?? action));
  const [errors, setErrors] = useState<ActionErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState<Conflict | null>(keptClash);
  const [busy, setBusy] = useState(false);
  /** The stored action this edit started from: a conflict merges against it. */
  const [base, setBase] = useState<Action>(action);
  const [warning, setWarning] = useState<Warning>(null);
  const changedBy = useStore(planView, (s) => s.othersChanged[action.id]);

  const handleOutcome = (outcome: SaveOutcome) =>
    showOutcome(outcome, { close, setErrors, setNotice, setConflict, setValues });
  const save = async (draft: Action, from: Action = base) => {
    setBusy(true);
    const state = planView.getState();
    const outcome = await (creating ? state.addAction(draft) : state.saveAction(draft, from));
    setBusy(false);
    setConflict(null);
    handleOutcome(outcome);
  };
  const submit = () => {
    const { action: draft, errors: typed } = fromFormValues(action, values);
    if (Object.keys(typed).length > 0) {
      setErrors(typed);
      return setNotice(CHECK_FIELDS);
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
  const resolve = (merged: Action, theirs: Action) => {
    setBase(theirs);
    void save(merged, theirs);
  };

  return {
    snapshot,
    me,
    creating,
    values,
    setValues,
    errors,
    notice,
    conflict,
    busy,
    warning,
    refusal: creating ? null : actionEditRefusal(me, action, snapshot.plan.agencies),
    agencies: creating ? agenciesMemberCanLead(me, snapshot.plan.agencies) : snapshot.plan.agencies,
    updates: snapshot.updates.filter((u) => u.actionId === action.id),
    changedBy,
    /** Someone else saved this action after the editor opened: their change is merged in on saving. */
    changedMeanwhile: !creating && changedBy !== undefined && changedActionFields(base, action).length > 0,
    submit,
    confirmWarned,
    cancelWarning: () => setWarning(null),
    resolve,
  };
}
