import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useOpenFindingDialog } from './finding-dialogs';

/** Lets plan admins type in a finding, e.g. for a plan started without a letter. */
export function AddFindingButton() {
  const openDialog = useOpenFindingDialog();
  if (!openDialog) return null;
  return (
    <div>
      <Button icon={<AddRegular />} onClick={() => openDialog('add')}>
        Add finding
      </Button>
    </div>
  );
}
