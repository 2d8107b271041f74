import { Button, Dialog, Text } from '@fluentui/react-components';
import { ACTION_STATUS_META, STATUSES_NEEDING_REASON, type Action, type ActionStatus } from '../../domain/action';
import type { UpdateOutcome } from '../../state/plan-view/plan-view-store';
import { UpdateStatusField, UpdateTextField, usePostUpdate } from '../actions/progress-updates';
import { DialogPanel } from '../common/dialog-panel';
import { useShownWhileClosing } from '../common/use-shown-while-closing';

/** A status chosen from an action's "Change status" menu, to be saved with a reason. */
export interface StatusRequest {
  readonly action: Action;
  readonly status: ActionStatus;
}

/**
 * Changes an action's status with its reason, posted as a progress update. Opens with the chosen
 * status selected. Stays mounted while it closes, so Fluent can release the page behind it.
 */
export function StatusChangeDialog({
  request,
  onClose,
  onDone,
}: {
  request: StatusRequest | null;
  onClose: () => void;
  /** The update, with the status it set (null: kept as it was), was posted or kept on this device to be sent. */
  onDone: (
    action: Action,
    status: ActionStatus | null,
    outcome: Extract<UpdateOutcome, { status: 'posted' | 'queued' }>,
  ) => void;
}) {
  const { open, shown, opens } = useShownWhileClosing(request);
  if (!shown) return null;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <StatusChangeSurface key={opens} request={shown} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function StatusChangeSurface({
  request,
  onClose,
  onDone,
}: {
  request: StatusRequest;
  onClose: () => void;
  onDone: Parameters<typeof StatusChangeDialog>[0]['onDone'];
}) {
  const { action } = request;
  const form = usePostUpdate(action, request.status);
  const needsReason = form.status !== null && STATUSES_NEEDING_REASON.includes(form.status);
  const save = async () => {
    const status = form.status;
    const outcome = await form.post();
    if (outcome.status === 'posted' || outcome.status === 'queued') onDone(action, status, outcome);
  };
  return (
    <DialogPanel
      title="Change status"
      actions={
        <>
          <Button appearance="primary" onClick={() => void save()} disabledFocusable={form.busy}>
            {form.busy ? 'Saving…' : 'Save status'}
          </Button>
          <Button appearance="secondary" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <Text>
        {action.title} (now {ACTION_STATUS_META[action.status].label})
      </Text>
      <UpdateStatusField action={action} form={form} label="New status" />
      <UpdateTextField
        form={form}
        label="Reason for the status"
        hint="Posted as a signed, dated progress update on the action."
        required={needsReason}
      />
    </DialogPanel>
  );
}
