import { Button, Dialog, DialogTrigger, Text, makeStyles, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArchiveRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Plan } from '../../domain/plan';
import { DialogPanel } from '../common/dialog-panel';
import { ProblemBar } from '../common/problem-bar';
import { useSetArchived } from '../common/use-set-archived';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  section: stack('S', 'flex-start'),
});

/** Archives a closed plan (after confirmation) or restores an archived one. */
export function ArchivePlanSection({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const archive = useSetArchived();
  const [confirming, setConfirming] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  const [done, setDone] = useState<string | null>(null);
  const apply = async (archived: boolean) => {
    setConfirming(false);
    setDone(null);
    if ((await archive.run(archived)).status === 'done')
      setDone(archived ? 'The plan is archived.' : 'The plan is restored.');
  };
  return (
    <section className={styles.section} aria-labelledby="archive-heading">
      <Text as="h3" id="archive-heading" size={400} weight="semibold" block>
        Archive
      </Text>
      <Text>
        {plan.archived
          ? 'This plan is archived: it is hidden from the plan list and the plan switcher. Restore it to list it again.'
          : 'Archive a plan once its actions are delivered and it is closed. It is hidden from the plan list and the plan switcher, kept as it is, and can be restored.'}
      </Text>
      {!plan.archived && (
        <Button
          icon={<ArchiveRegular />}
          disabledFocusable={archive.busy}
          onClick={() => setConfirming(true)}
          {...restoreFocusTarget}
        >
          Archive plan
        </Button>
      )}
      {/* The dialog stays mounted after archiving (only its button goes), so Fluent can close it cleanly. */}
      <Dialog open={confirming} onOpenChange={(_e, data) => setConfirming(data.open)}>
        <DialogPanel
          title="Archive this plan?"
          actions={
            <>
              <Button appearance="primary" onClick={() => void apply(true)}>
                Archive
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>Cancel</Button>
              </DialogTrigger>
            </>
          }
        >
          “{plan.title}” will be hidden from the plan list and the plan switcher for everyone. Nothing in it is deleted,
          and a plan admin can restore it.
        </DialogPanel>
      </Dialog>
      {plan.archived && (
        <Button icon={<ArrowUndoRegular />} disabledFocusable={archive.busy} onClick={() => void apply(false)}>
          Restore plan
        </Button>
      )}
      <div role="status">{done && <Text>{done}</Text>}</div>
      {archive.problem && (
        <ProblemBar
          title={plan.archived ? 'The plan was not restored' : 'The plan was not archived'}
          message={archive.problem}
        />
      )}
    </section>
  );
}
