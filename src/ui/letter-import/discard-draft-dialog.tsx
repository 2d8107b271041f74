import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

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
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard this draft?</DialogTitle>
          <DialogContent>
            Your review of this letter will be lost. Nothing has been saved to the plan list.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDiscard}>
              Discard
            </Button>
            <Button onClick={onKeep}>Keep reviewing</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
