import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ContentChangePreview } from '../../domain/workflow/preview-content-change';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Said before a save that changes signed content: whose sign-offs it withdraws, and where the plan goes. */
export function SupersedeWarning({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: ContentChangePreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { withdrawn, backTo, revision } = preview;
  const title = revision
    ? 'Saving changes a submitted plan'
    : withdrawn.length > 0
      ? `Saving will withdraw ${plural(withdrawn.length, 'sign-off', 'sign-offs')}`
      : 'Saving changes signed content';
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {withdrawn.length > 0 && (
          <>
            <p>
              This changes content that was signed. These sign-offs will no longer apply, and the signers will be shown
              what changed:
            </p>
            <ul>
              {withdrawn.map((s, i) => (
                <li key={i}>
                  {s.name}, {s.role}
                </li>
              ))}
            </ul>
          </>
        )}
        {backTo && <p>The plan will go back to {backTo}.</p>}
        {revision && <p>The plan has been submitted, so the change will be recorded as a revision.</p>}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm} disabledFocusable={busy}>
          {busy ? 'Saving…' : withdrawn.length > 0 ? 'Save and withdraw them' : 'Save'}
        </Button>
        <Button onClick={onCancel}>Keep editing</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
