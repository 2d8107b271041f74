import { deadlineStatus } from '../../domain/deadline-status';
import type { SignatureRequest } from '../../domain/workflow/signature-request';
import { contentReference } from '../../domain/workflow/signed-version';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { stageTimeline } from '../../domain/workflow/stage-timeline';
import { FactList, type Fact } from '../common/fact-list';
import type { GovernanceView } from '../governance/governance-view';
import { contentInWords, dueInWords, STAGE_PURPOSE } from './signing-words';
import { useSigningStyles } from './signing.styles';

function dueDates(view: GovernanceView): { readonly stage: string; readonly ofsted: string } {
  const deadline = deadlineStatus(view.snapshot.plan, view.today);
  if (!deadline) {
    const none = 'No date yet: the plan has no findings letter date.';
    return { stage: none, ofsted: none };
  }
  const here = stageTimeline(view.governance, deadline.deadline, view.today).find(
    (row) => row.stage === view.governance.stage,
  );
  return {
    stage: here?.due && here.workingDaysLeft !== null ? dueInWords(here.due, here.workingDaysLeft) : 'No date set.',
    ofsted: dueInWords(deadline.deadline, deadline.workingDaysLeft),
  };
}

/** What the signer is asked to approve, and by when, as a short list of facts. */
export function SigningFacts({ view, request }: { view: GovernanceView; request: SignatureRequest }) {
  const styles = useSigningStyles();
  const due = dueDates(view);
  const facts: Fact[] = [
    ['Plan', view.snapshot.plan.title],
    ['Stage', `${stageDisplayLabel(view.governance, view.governance.stage)}: ${STAGE_PURPOSE[request.stage]}`],
    ['What it holds', contentInWords(view.snapshot)],
    ['Your signature is due', due.stage],
    ['Due to Ofsted', due.ofsted],
    [
      'Content reference',
      <>
        <span className={styles.reference}>{contentReference(request.contentHash)}</span>: your sign-off carries this
        reference. The statement below, to read here or download as a Word document, is exactly this content.
      </>,
    ],
  ];
  return <FactList facts={facts} />;
}
