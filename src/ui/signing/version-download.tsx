import { Button, Link, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';
import { signedVersionsOf } from './signed-versions-of';
import { saveToDevice } from '../common/save-to-device';
import { buildDatesNow } from './build-dates';
import { useSigningStyles } from './signing.styles';

type Built = { readonly name: string; readonly url: string };

/**
 * Builds the Word document of the plan exactly as shown and downloads it: the content behind the
 * reference a sign-off made now carries.
 */
export function VersionDownload({ snapshot, label }: { snapshot: PlanSnapshot; label: string }) {
  const styles = useSigningStyles();
  const { submissionLibrary, today } = useServices();
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => () => void (built && URL.revokeObjectURL(built.url)), [built]);
  const download = useCommand(
    async () => {
      try {
        const file = await signedVersionsOf(submissionLibrary).getState().document(snapshot, buildDatesNow(today()));
        return { status: 'built', built: { name: file.name, url: saveToDevice(file) } } as const;
      } catch (error) {
        const message = `The Word document could not be built: ${error instanceof Error ? error.message : String(error)}. Try again.`;
        return { status: 'failed', message } as const;
      }
    },
    { success: 'built', onSuccess: (outcome) => setBuilt(outcome.built) },
  );
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Button onClick={() => void download.run()} disabledFocusable={download.busy}>
          {label}
        </Button>
        {download.busy && <Spinner size="tiny" label="Building the Word document…" />}
      </div>
      {built && (
        <Text role="status">
          Downloaded:{' '}
          <Link href={built.url} download={built.name}>
            {built.name}
          </Link>
        </Text>
      )}
      {download.problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{download.problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
