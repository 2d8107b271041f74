import { Button, Dialog, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { canPostUpdate } from '../../domain/permissions';
import { DialogPanel } from '../common/dialog-panel';
import { dialogWidth } from '../common/dialog-width';
import { ActionFields } from './action-fields';
import { ActionHistory } from './action-history';
import { toFormValues } from './action-form-state';
import { ConflictResolver } from './conflict-resolver';
import { ProgressUpdates } from './progress-updates';
import { SupersedeWarning } from './supersede-warning';
import { UnallowedChange } from './unallowed-change';
import { useActionEditor } from './use-action-editor';

const useStyles = makeStyles({
  surface: dialogWidth(960),
});

type Editor = ReturnType<typeof useActionEditor>;

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
  const editor = useActionEditor(action, mode, onClose);
  const { creating, refusal, conflict, warning, busy } = editor;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogPanel
        className={styles.surface}
        title={creating ? 'New action' : refusal ? 'Action' : 'Edit action'}
        actions={
          <>
            {!refusal && !conflict && !warning && (
              <Button appearance="primary" onClick={editor.submit} disabledFocusable={busy}>
                {busy ? 'Saving…' : creating ? 'Add action' : 'Save'}
              </Button>
            )}
            <Button appearance="secondary" onClick={onClose}>
              {refusal ? 'Close' : 'Cancel'}
            </Button>
          </>
        }
      >
        <EditorNotices editor={editor} />
        {!creating && <UnallowedChange action={action} />}
        {warning && (
          <SupersedeWarning
            preview={warning.preview}
            busy={busy}
            onConfirm={editor.confirmWarned}
            onCancel={editor.cancelWarning}
          />
        )}
        {conflict ? (
          <ConflictResolver
            mine={conflict.mine}
            theirs={conflict.theirs}
            {...(conflict.theirsBy && { theirsBy: conflict.theirsBy })}
            merge={conflict.merge}
            snapshot={editor.snapshot}
            onResolve={(merged) => editor.resolve(merged, conflict.theirs)}
            busy={busy}
          />
        ) : (
          <ActionFields
            values={refusal ? toFormValues(action) : editor.values}
            errors={editor.errors}
            agencies={editor.agencies}
            members={editor.snapshot.members}
            readOnly={refusal !== null}
            onChange={editor.setValues}
          />
        )}
        {!creating && !conflict && (
          <ProgressUpdates action={action} updates={editor.updates} canPost={canPostUpdate(editor.me, action)} />
        )}
        {!creating && !conflict && <ActionHistory action={action} snapshot={editor.snapshot} />}
      </DialogPanel>
    </Dialog>
  );
}

/** Why the action cannot be changed, what went wrong saving it, and that someone else just changed it. */
function EditorNotices({ editor }: { editor: Editor }) {
  const { refusal, notice, conflict, changedMeanwhile, changedBy } = editor;
  return (
    <>
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
            What you have typed is kept. When you save, their change is kept too; you are asked only about a field you
            both changed.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
