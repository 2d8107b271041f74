import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { canEditFindings } from '../../domain/permissions';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { useOpenFindingDialog } from './finding-dialogs';

/** Lets plan admins type in a finding, e.g. for a plan started without a letter. */
export function AddFindingButton() {
  const { planView } = useServices();
  const me = useStore(planView, (s) => s.me);
  const openDialog = useOpenFindingDialog();
  if (!canEditFindings(me) || !openDialog) return null;
  return (
    <div>
      <Button icon={<AddRegular />} onClick={() => openDialog('add')}>
        Add finding
      </Button>
    </div>
  );
}
