import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Action } from '../../domain/action';
import type { Finding } from '../../domain/finding';
import { agenciesMemberCanLead } from '../../domain/permissions';
import { ActionEditDialog } from '../actions/action-edit-dialog';
import { useServices } from '../app-services';
import { usePick } from '../common/use-store';

/**
 * "Add action" for a finding, shown to those who may lead one (plan admins, and owners for their own
 * agency): it opens a new action, led by the person's own agency where they have one.
 * `reference` is how the letter refers to the finding, e.g. "Area for improvement 7".
 */
export function AddActionButton({ finding, reference }: { finding: Finding; reference: string }) {
  const { planView } = useServices();
  const { me, snapshot } = usePick(planView, 'me', 'snapshot');
  const [draft, setDraft] = useState<Action | null>(null);
  const [open, setOpen] = useState(false);
  if (agenciesMemberCanLead(me, snapshot?.plan.agencies ?? []).length === 0) return null;
  return (
    <div>
      <Button
        icon={<AddRegular />}
        onClick={() => {
          setDraft(planView.getState().draftAction(finding.id));
          setOpen(true);
        }}
        aria-label={`Add action to ${reference.toLowerCase()}`}
      >
        Add action
      </Button>
      {draft && (
        <ActionEditDialog key={draft.id} action={draft} mode="create" open={open} onClose={() => setOpen(false)} />
      )}
    </div>
  );
}
