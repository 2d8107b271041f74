import { Link, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PlanId } from '../../domain/ids';
import { ROLE_LABEL, type Role } from '../../domain/member';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOffDecision } from '../../domain/sign-off';
import { contentFacts } from '../../domain/workflow/content-facts';
import { signatureRequest, type SignatureRequest } from '../../domain/workflow/signature-request';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { useServices } from '../app-services';
import { usePick } from '../common/use-store';
import { ChangesSinceSigning } from '../governance/changes-since-signing';
import { DecisionForm } from '../governance/decision-form';
import { whenText, type GovernanceView } from '../governance/governance-view';
import { formatRoute } from '../routing/route';
import { READY_TO_SIGN_HEADING_ID } from './ready-to-sign-anchor';
import { SigningDone, type SigningDecision } from './signing-done';
import { SigningFacts } from './signing-facts';
import { useSigningStyles } from './signing.styles';
import { VersionDownload } from './version-download';
import { StatementReader } from '../submission/statement-reader';
import { useSignedVersions } from './use-signed-versions';

function eventFor(request: SignatureRequest, decision: SignOffDecision, comment: string, hash: string): WorkflowEvent {
  if (request.stage === 'executive-sign-off') return { type: 'executive-sign', decision, comment, contentHash: hash };
  return { type: decision === 'approve' ? 'partner-approve' : 'partner-return', comment, contentHash: hash };
}

const FORM_LABELS = {
  'partnership-approval': {
    intro: () => 'You are asked to approve this plan as a safeguarding partner.',
    comment: 'Your comment to the partnership',
    approve: 'Approve the plan',
    return: 'Return the plan for amendment',
  },
  'executive-sign-off': {
    intro: (role: Role) => `You are asked to sign this plan off as ${ROLE_LABEL[role]}.`,
    comment: 'Your comment with the sign-off',
    approve: 'Approve and sign off',
    return: 'Return for amendment',
  },
} as const;

/** The signer's earlier decision at this stage: what changed since, or that it comes back unchanged. */
function Earlier({ view, request }: { view: GovernanceView; request: SignatureRequest }) {
  const previous = request.previous;
  if (!previous) return null;
  if (previous.contentHash !== request.contentHash) return <ChangesSinceSigning signOff={previous} view={view} />;
  return (
    <Text>
      You returned this version on {whenText(previous.at)}
      {previous.comment ? `, saying: “${previous.comment}”` : ''}. It comes back to you unchanged.
    </Text>
  );
}

function SignatureAsked(props: {
  view: GovernanceView;
  request: SignatureRequest;
  governanceLink: boolean;
  onDone: (decision: SignOffDecision, snapshot: PlanSnapshot) => void;
}) {
  const styles = useSigningStyles();
  const { view, request } = props;
  const labels = FORM_LABELS[request.stage];
  // The plan as it was at the moment of deciding: what the sign-off binds to, and what is kept.
  const decided = useRef(view.snapshot);
  return (
    <section className={styles.view} aria-labelledby={READY_TO_SIGN_HEADING_ID}>
      <Text as="h2" id={READY_TO_SIGN_HEADING_ID} size={500} weight="semibold" tabIndex={-1}>
        Ready for your signature
      </Text>
      <Text>{labels.intro(request.role)}</Text>
      <SigningFacts view={view} request={request} />
      <StatementReader
        snapshot={view.snapshot}
        version={request.contentHash}
        label="Read the version you are signing"
        final={false}
        changedMessage="What you are asked to sign is now different: read it as it is now before you decide."
      />
      <VersionDownload snapshot={view.snapshot} label="Download the version you are signing (Word)" />
      <Earlier view={view} request={request} />
      <DecisionForm
        commentLabel={labels.comment}
        approveLabel={labels.approve}
        returnLabel={labels.return}
        eventFor={(decision, comment) => {
          decided.current = view.snapshot;
          return eventFor(request, decision, comment, contentFacts(view.snapshot).plan);
        }}
        successFor={(d) => (d === 'approve' ? 'You approved the plan.' : 'You returned the plan for amendment.')}
        onDone={(decision) => props.onDone(decision, decided.current)}
      />
      {props.governanceLink && (
        <Text>
          The stage timeline, quality assurance, review comments and sign-off history are on the{' '}
          <Link href={formatRoute({ name: 'governance', planId: view.snapshot.plan.id })}>Governance tab</Link>.
        </Text>
      )}
    </section>
  );
}

/**
 * "Ready for your signature": at the top of the plan for a safeguarding partner at partnership
 * approval, or the Lead Member or Chief Executive at executive sign-off, until they have decided
 * on the content as it is now. Everything else about the sign-off is on the Governance tab.
 */
export function ReadyToSign({ planId, onGovernanceTab }: { planId: PlanId; onGovernanceTab: boolean }) {
  const { planView, today } = useServices();
  const { snapshot, governance, me, trust } = usePick(planView, 'snapshot', 'governance', 'me', 'trust');
  const [done, setDone] = useState<SigningDecision | null>(null);
  const versions = useSignedVersions();
  if (!snapshot || !governance || snapshot.plan.id !== planId) return null;
  if (done && done.snapshot.plan.id === planId)
    return <SigningDone done={done} governance={governance} onDismiss={() => setDone(null)} />;
  const request = signatureRequest(governance, snapshot, me);
  if (!request || !me) return null;
  const view: GovernanceView = { snapshot, governance, me, today: today(), admin: isPlanAdmin(me), trust };
  const decided = (decision: SignOffDecision, signed: PlanSnapshot) => {
    const hash = contentFacts(signed).plan;
    if (decision === 'approve') void versions.keep(signed, hash);
    const recorded = planView
      .getState()
      .governance?.signOffs.findLast(
        (s) => s.userId === me.userId && s.stage === request.stage && s.contentHash === hash,
      );
    setDone({ decision, role: request.role, snapshot: signed, hash, signOff: recorded ?? null });
  };
  return <SignatureAsked view={view} request={request} governanceLink={!onGovernanceTab} onDone={decided} />;
}
