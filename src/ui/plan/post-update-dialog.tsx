import { Button, Dialog, Text } from '@fluentui/react-components';
import { ACTION_STATUS_META, type Action, type ActionStatus } from '../../domain/action';
import type { UpdateOutcome } from '../../state/plan-view/plan-view-store';
import { LatestUpdate, UpdateStatusField, UpdateTextField, usePostUpdate } from '../actions/progress-updates';
import { DialogPanel } from '../common/dialog-panel';
import { useShownWhileClosing } from '../common/use-shown-while-closing';

/**
 * A progress update to post on an action from My actions: `status` is the one chosen from its
 * "Change status" menu, to be saved with a reason, or null for "Post update" (the status kept
 * unless the person changes it there).
 */
export interface UpdateRequest {
  readonly action: Action;
  readonly status: ActionStatus | null;
}

/**
 * Posts a progress update on an action, with a status change or without one. "Post update" opens
 * on the words; "Change status" opens with the chosen status selected, asking for the reason.
 * Stays mounted while it closes, so Fluent can release the page behind it.
 */
export function PostUpdateDialog({
  request,
  onClose,
  onDone,
}: {
  request: UpdateRequest | null;
  onClose: () => void;
  /** The request's update, with the status it set (null: kept as it was), was posted or kept on this device to be sent. */
  onDone: (
    request: UpdateRequest,
    status: ActionStatus | null,
    outcome: Extract<UpdateOutcome, { status: 'posted' | 'queued' }>,
  ) => void;
}) {
  const { open, shown, opens } = useShownWhileClosing(request);
  if (!shown) return null;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <PostUpdateSurface key={opens} request={shown} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function PostUpdateSurface({
  request,
  onClose,
  onDone,
}: {
  request: UpdateRequest;
  onClose: () => void;
  onDone: Parameters<typeof PostUpdateDialog>[0]['onDone'];
}) {
  const { action } = request;
  const changingStatus = request.status !== null;
  const form = usePostUpdate(action, request.status);
  const save = async () => {
    const status = form.status;
    const outcome = await form.post();
    if (outcome.status === 'posted' || outcome.status === 'queued') onDone(request, status, outcome);
  };
  const statusField = (
    <UpdateStatusField action={action} form={form} label={changingStatus ? 'New status' : 'Status with this update'} />
  );
  const textField = (
    <UpdateTextField
      form={form}
      label={changingStatus ? 'Reason for the status' : 'New progress update'}
      hint="Posted as a signed, dated progress update on the action."
      required
    />
  );
  return (
    <DialogPanel
      title={changingStatus ? 'Change status' : 'Post an update'}
      actions={
        <>
          <Button appearance="primary" onClick={() => void save()} disabledFocusable={form.busy}>
            {changingStatus ? (form.busy ? 'Saving…' : 'Save status') : form.busy ? 'Posting…' : 'Post update'}
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
      <LatestUpdate action={action} />
      {changingStatus ? statusField : textField}
      {changingStatus ? textField : statusField}
    </DialogPanel>
  );
}
