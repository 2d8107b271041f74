import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Switch } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isoDateTime } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { StageChain } from '../../domain/workflow/stage-chain';
import { useServices } from '../app-services';
import { BuiltFilesList, type BuiltFile } from './built-files-list';
import type { ExportReadiness } from './export-readiness';

type Progress = { readonly step: string; readonly fraction: number } | null;

export interface SubmissionExportProps {
  readonly snapshot: PlanSnapshot;
  readonly chain: StageChain;
  readonly readiness: ExportReadiness;
}

/** Builds the Word document and the Excel workbook, downloads both and keeps a copy in the library. */
export function SubmissionExport({ snapshot, chain, readiness }: SubmissionExportProps) {
  const { today, submissionLibrary } = useServices();
  const [progress, setProgress] = useState<Progress>(null);
  const [files, setFiles] = useState<readonly BuiltFile[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [perAgency, setPerAgency] = useState(true);
  useEffect(() => () => files.forEach((f) => URL.revokeObjectURL(f.url)), [files]);
  const draft = !readiness.final;

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
          final: readiness.final,
          signOffs: readiness.signOffs,
          today: today(),
          perAgencySheets: perAgency,
          chain,
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
    <>
      <Switch
        label="One Excel sheet per agency as well"
        checked={perAgency}
        onChange={(_e, d) => setPerAgency(d.checked)}
      />
      <div>
        <Button appearance="primary" onClick={() => void build()} disabledFocusable={progress !== null}>
          {draft ? 'Export draft' : 'Build Word and Excel'}
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
      <BuiltFilesList files={files} />
    </>
  );
}

function download(file: { readonly name: string; readonly url: string }) {
  const a = document.createElement('a');
  a.href = file.url;
  a.download = file.name;
  a.click();
}
