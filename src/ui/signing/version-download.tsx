import { Button, Link, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { signedVersionsOf } from './signed-versions-of';
import { buildDatesNow, saveToDevice } from './save-to-device';
import { useSigningStyles } from './signing.styles';

type Built = { readonly name: string; readonly url: string };

/**
 * Builds the Word document of the plan exactly as shown and downloads it: the content behind the
 * reference a sign-off made now carries.
 */
export function VersionDownload({ snapshot, label }: { snapshot: PlanSnapshot; label: string }) {
  const styles = useSigningStyles();
  const { submissionLibrary, today } = useServices();
  const [busy, setBusy] = useState(false);
  const [built, setBuilt] = useState<Built | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => () => void (built && URL.revokeObjectURL(built.url)), [built]);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const file = await signedVersionsOf(submissionLibrary).getState().document(snapshot, buildDatesNow(today()));
      setBuilt({ name: file.name, url: saveToDevice(file) });
    } catch (error) {
      setProblem(
        `The Word document could not be built: ${error instanceof Error ? error.message : String(error)}. Try again.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Button onClick={() => void download()} disabledFocusable={busy}>
          {label}
        </Button>
        {busy && <Spinner size="tiny" label="Building the Word document…" />}
      </div>
      {built && (
        <Text role="status">
          Downloaded:{' '}
          <Link href={built.url} download={built.name}>
            {built.name}
          </Link>
        </Text>
      )}
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
