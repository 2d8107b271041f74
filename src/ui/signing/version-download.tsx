import { Button, Spinner } from '@fluentui/react-components';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { DownloadResult } from '../common/download-result';
import { useFileDownload } from '../common/use-file-download';
import { useSignedVersions } from './use-signed-versions';
import { useSigningStyles } from './signing.styles';

/**
 * Builds the Word document of the plan exactly as shown and downloads it: the content behind the
 * reference a sign-off made now carries.
 */
export function VersionDownload({ snapshot, label }: { snapshot: PlanSnapshot; label: string }) {
  const styles = useSigningStyles();
  const versions = useSignedVersions();
  const download = useFileDownload(() => versions.document(snapshot), 'The Word document');
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Button onClick={() => void download.run()} disabledFocusable={download.busy}>
          {label}
        </Button>
        {download.busy && <Spinner size="tiny" label="Building the Word document…" />}
      </div>
      <DownloadResult built={download.built} problem={download.problem} />
    </div>
  );
}
