import { Button, Dialog } from '@fluentui/react-components';
import { DialogPanel } from '../common/dialog-panel';

interface Props {
  readonly open: boolean;
  readonly onDiscard: () => void;
  readonly onKeep: () => void;
}

/**
 * "Discard this draft?". It sits above the review screen, which discarding replaces, so it closes
 * instead of being unmounted while open: an open Fluent dialog that is unmounted leaves the page
 * behind it hidden from assistive technology (`aria-hidden` stays on the app's root).
 */
export function DiscardDraftDialog({ open, onDiscard, onKeep }: Props) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogPanel
        title="Discard this draft?"
        actions={
          <>
            <Button appearance="primary" onClick={onDiscard}>
              Discard
            </Button>
            <Button onClick={onKeep}>Keep reviewing</Button>
          </>
        }
      >
        Your review of this letter will be lost. Nothing has been saved to the plan list.
      </DialogPanel>
    </Dialog>
  );
}
