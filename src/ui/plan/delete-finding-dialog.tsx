import { Button, Dialog, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Action } from '../../domain/action';
import { FINDING_TYPE_LABEL, type Finding } from '../../domain/finding';
import { findingDeleteRefusal } from '../../domain/finding-rules';
import { useServices } from '../app-services';
import { DialogPanel } from '../common/dialog-panel';
import { ProblemBar } from '../common/problem-bar';
import { useCommand } from '../common/use-command';
import { useStore } from '../common/use-store';

const useStyles = makeStyles({
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

const NO_ACTIONS: readonly Action[] = [];

/** Asks before deleting a finding; one that actions answer is refused, saying why. */
export function DeleteFindingDialog({
  finding,
  open,
  onClose,
}: {
  finding: Finding;
  open: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { planView } = useServices();
  const actions = useStore(planView, (s) => s.snapshot?.actions ?? NO_ACTIONS);
  const remove = useCommand(() => planView.getState().deleteFinding(finding.id), {
    success: 'done',
    keepProblemWhileBusy: true,
    onSuccess: onClose,
  });
  const refusal = findingDeleteRefusal(finding, actions);
  const kind = FINDING_TYPE_LABEL[finding.type].toLowerCase();
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogPanel
        title={refusal ? 'This finding cannot be deleted' : `Delete this ${kind}?`}
        actions={
          <>
            {!refusal && (
              <Button appearance="primary" disabledFocusable={remove.busy} onClick={() => void remove.run()}>
                Delete finding
              </Button>
            )}
            <Button onClick={onClose}>{refusal ? 'Close' : 'Cancel'}</Button>
          </>
        }
      >
        <blockquote className={styles.quote}>{finding.text}</blockquote>
        {refusal ? (
          <Text role="alert">{refusal}</Text>
        ) : (
          <Text>It will be removed from the plan and from the submission. This cannot be undone.</Text>
        )}
        {remove.problem && <ProblemBar title="The finding was not deleted" message={remove.problem} />}
      </DialogPanel>
    </Dialog>
  );
}
