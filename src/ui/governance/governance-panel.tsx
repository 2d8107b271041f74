import { Spinner, Text } from '@fluentui/react-components';
import { isPlanAdmin } from '../../domain/permissions';
import { useServices } from '../app-services';
import { usePick } from '../common/use-store';
import { AgencyQaSection } from './agency-qa-section';
import { ExecutiveSignOff, PartnerApprovals } from './approvals-section';
import { AuditTrail } from './audit-trail';
import { ChainEditor } from './chain-editor';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { PrincipalForm } from './principal-form';
import { RecordNotes } from './record-notes';
import { ReviewComments } from './review-comments';
import { SignOffHistory } from './sign-off-history';
import { StageControls } from './stage-controls';
import { StageSummary } from './stage-summary';
import { StageTimeline } from './stage-timeline';
import { SubmissionRecord } from './submission-record';

/** The Governance tab: the sign-off chain, each person's part in it, and its history. */
export function GovernancePanel() {
  const styles = useGovernanceStyles();
  const { planView, today } = useServices();
  const { snapshot, governance, me, trust } = usePick(planView, 'snapshot', 'governance', 'me', 'trust');
  if (!snapshot || !governance) return <Spinner label="Loading the sign-off…" />;
  const view: GovernanceView = { snapshot, governance, me, today: today(), admin: isPlanAdmin(me), trust };
  const settling = !governance.submission;
  return (
    <section className={styles.panel} aria-labelledby="governance-heading">
      <Text as="h2" id="governance-heading" size={600} weight="semibold">
        Governance and sign-off
      </Text>
      <RecordNotes view={view} />
      <StageSummary view={view} />
      {view.admin && <StageControls view={view} />}
      <StageTimeline view={view} />
      {view.admin && settling && <ChainEditor view={view} />}
      {view.admin && settling && (
        <section className={styles.section} aria-labelledby="principal-heading">
          <Text as="h3" id="principal-heading" size={400} weight="semibold">
            Who submits the plan (plan admins)
          </Text>
          <PrincipalForm view={view} />
        </section>
      )}
      <AgencyQaSection view={view} />
      <ReviewComments view={view} />
      <PartnerApprovals view={view} />
      <ExecutiveSignOff view={view} />
      <SubmissionRecord view={view} />
      <SignOffHistory view={view} />
      <AuditTrail view={view} />
    </section>
  );
}
