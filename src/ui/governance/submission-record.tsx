import { Field, Input, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { formatLongDate, formatShortDate, parseBritishDate } from '../../domain/dates';
import { isPrincipal } from '../../domain/workflow/actor';
import { stageOf } from '../../domain/workflow/stage-chain';
import { rulesOf } from '../../domain/workflow/stage-kind-rules';
import { formatRoute } from '../routing/route';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';
import { contentReference } from '../../domain/workflow/signed-version';
import { describePrincipal } from './principal-form';
import { useWorkflow } from './use-workflow';
import { describeCopy } from '../../state/submission-library';
import { useServices } from '../app-services';
import { WorkflowForm } from './workflow-form';

/** The principal records when the signed-off plan went to Ofsted, and which exported document it was. */
export function SubmissionRecord({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const g = view.governance;
  const submission = g.submission;
  const here = stageOf(g.chain, g.stage);
  const atSubmission = here !== null && rulesOf(here).recordsSubmission;
  const mine = view.me !== null && isPrincipal(view.me, g.principal);
  return (
    <section className={styles.section} aria-labelledby="submission-record-heading">
      <Text as="h3" id="submission-record-heading" size={400} weight="semibold">
        Submission to Ofsted
      </Text>
      {submission ? (
        <Text>
          Submitted on {formatLongDate(submission.date)} by {submission.by.name} (recorded{' '}
          {whenText(submission.recordedAt)}): <DocumentReference text={submission.documentRef} />. Content reference{' '}
          <span className={styles.hash}>{contentReference(submission.contentHash)}</span>.
        </Text>
      ) : atSubmission && mine ? (
        <SubmitForm view={view} />
      ) : (
        <Text>Once the plan is signed off, {describePrincipal(g.principal, view)} records its submission here.</Text>
      )}
    </section>
  );
}

function SubmitForm({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const [dateText, setDateText] = useState(formatShortDate(view.today));
  const { submissionLibrary } = useServices();
  const [documentRef, setDocumentRef] = useState(() => {
    const saved = submissionLibrary.latestDocument(view.snapshot.plan.id);
    return saved ? describeCopy(saved) : '';
  });
  const { busy, result, run, fail } = useWorkflow();
  const submit = () => {
    const date = parseBritishDate(dateText);
    if (!date) return fail('Enter the date as day/month/year, for example 10/05/2018.');
    void run({ type: 'submit', date, documentRef }, 'Submission recorded; the plan moves to monitoring.');
  };
  return (
    <WorkflowForm send="Mark as submitted" primary busy={busy} onSend={submit} result={result}>
      <Text>
        Build the Word and Excel files on the{' '}
        <Link href={formatRoute({ name: 'submission', planId: view.snapshot.plan.id })}>Submission tab</Link>, send the
        Word document to Ofsted, then record it here.
      </Text>
      <div className={styles.form}>
        <Field label="Date sent to Ofsted" hint="day/month/year">
          <Input value={dateText} onChange={(_e, d) => setDateText(d.value)} />
        </Field>
        <Field label="Exported document sent" hint="Its file name or a link to it" className={styles.grow}>
          <Input value={documentRef} onChange={(_e, d) => setDocumentRef(d.value)} />
        </Field>
      </div>
    </WorkflowForm>
  );
}

/**
 * The document sent, with its link made clickable only when it points into the plan's own
 * SharePoint site: the reference is typed by a person, so any other address stays text.
 */
function DocumentReference({ text }: { text: string }) {
  const { submissionLibrary } = useServices();
  const url = /https?:\/\/\S+/.exec(text)?.[0];
  if (!url || !submissionLibrary.isSiteLink(url)) return <>{text}</>;
  return (
    <>
      {text.replace(url, '').trim()}{' '}
      <Link href={url} target="_blank" rel="noopener noreferrer">
        open the submitted version
      </Link>
    </>
  );
}
