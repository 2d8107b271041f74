import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isoDateTime } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { LibraryOutcome } from '../../state/submission-library';
import { useServices } from '../app-services';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  files: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface BuiltFile {
  readonly name: string;
  readonly url: string;
  readonly label: string;
  /** Where the document library keeps this build, or why it could not. */
  readonly library: LibraryOutcome;
}

type Progress = { readonly step: string; readonly fraction: number } | null;

const FINAL_STAGES = new Set(['submitted', 'monitoring', 'closed']);

/** The written statement of action as Word and Excel, built in the browser and downloaded. */
export function SubmissionPanel({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const { today, submissionLibrary } = useServices();
  const [progress, setProgress] = useState<Progress>(null);
  const [files, setFiles] = useState<readonly BuiltFile[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [perAgency, setPerAgency] = useState(true);
  useEffect(() => () => files.forEach((f) => URL.revokeObjectURL(f.url)), [files]);
  const final = FINAL_STAGES.has(snapshot.plan.stage);

  const build = async () => {
    setProblem(null);
    setProgress({ step: 'Loading the document builders', fraction: 0 });
    try {
      const { buildSubmissionFiles } = await import(
        /* webpackChunkName: "export" */ '../../export/build-submission-files'
      );
      const built = await buildSubmissionFiles(
        snapshot,
        {
          generatedAt: isoDateTime(new Date()),
          final,
          signOffs: snapshot.signOffs,
          today: today(),
          perAgencySheets: perAgency,
        },
        (step, fraction) => setProgress({ step, fraction }),
      );
      const outputs = [
        { ...built.docx, label: 'Word document' },
        { ...built.xlsx, label: 'Excel workbook' },
      ].map((f) => ({ ...f, url: URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: f.mime })) }));
      outputs.forEach(download);
      setProgress({ step: 'Saving a copy in the site’s document library', fraction: 0.95 });
      const made = await Promise.all(
        outputs.map(async (f) => ({
          name: f.name,
          label: f.label,
          url: f.url,
          library: await submissionLibrary.save(snapshot.plan.id, f),
        })),
      );
      setFiles(made);
    } catch (error) {
      setProblem(
        `The files could not be built: ${error instanceof Error ? error.message : String(error)}. Nothing in the plan has changed; try again.`,
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.page} aria-labelledby="submission-heading">
      <Text as="h2" id="submission-heading" size={500} weight="semibold">
        Written statement of action
      </Text>
      <Text>
        One Word document for the partnership to sign and send to Ofsted, and an Excel workbook with every action, built
        from the plan as it stands.{' '}
        {final
          ? 'The plan has been signed off.'
          : 'Until the plan is signed off the document is marked DRAFT on every page.'}
      </Text>
      <Switch
        label="One Excel sheet per agency as well"
        checked={perAgency}
        onChange={(_e, d) => setPerAgency(d.checked)}
      />
      <div>
        <Button appearance="primary" onClick={() => void build()} disabledFocusable={progress !== null}>
          Build Word and Excel
        </Button>
      </div>
      {progress && (
        <Field validationMessage={progress.step} validationState="none" label="Building the files">
          <ProgressBar value={progress.fraction} max={1} />
        </Field>
      )}
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {files.length > 0 && (
        <div className={styles.files} role="status">
          <Text weight="semibold">Downloaded:</Text>
          {files.map((f) => (
            <div key={f.url}>
              <a href={f.url} download={f.name}>
                {f.label}: {f.name}
              </a>
              <Text block size={200}>
                {f.library.status === 'saved' ? (
                  <>
                    Saved in the site’s document library as version {f.library.copy.version}:{' '}
                    <a href={f.library.copy.webUrl} target="_blank" rel="noopener noreferrer">
                      open the library copy
                    </a>
                  </>
                ) : (
                  `Not saved in the document library: ${f.library.message}`
                )}
              </Text>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function download(file: { readonly name: string; readonly url: string }) {
  const a = document.createElement('a');
  a.href = file.url;
  a.download = file.name;
  a.click();
}
