import { Button } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { FINDING_TYPE_LABEL, type Finding } from '../../domain/finding';
import { ButtonMenu } from '../common/button-menu';
import { useOpenFindingDialog } from './finding-dialogs';

/** The first words of a finding, to tell its menu button from the others on the page. */
const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);

/**
 * Plan admins' menu for one finding: edit its type and words, or delete it. Renders nothing for
 * anyone else, or outside a `FindingDialogsProvider` (the plan page has one round the findings).
 */
export function FindingEditMenu({ finding }: { finding: Finding }) {
  const openDialog = useOpenFindingDialog();
  if (!openDialog) return null;
  return (
    <ButtonMenu
      button={
        <Button
          appearance="subtle"
          icon={<MoreHorizontalRegular />}
          aria-label={`Edit or delete ${FINDING_TYPE_LABEL[finding.type].toLowerCase()}: ${shortText(finding.text)}`}
        />
      }
      choices={[
        { key: 'edit', label: 'Edit finding', icon: <EditRegular />, onSelect: () => openDialog('edit', finding) },
        {
          key: 'delete',
          label: 'Delete finding',
          icon: <DeleteRegular />,
          onSelect: () => openDialog('delete', finding),
        },
      ]}
    />
  );
}
