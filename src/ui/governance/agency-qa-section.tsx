import { Link, Text } from '@fluentui/react-components';
import { agencyLabel } from '../../domain/agency';
import { agenciesWithActions } from '../../domain/workflow/canonical-content';
import { contentHashForAgency } from '../../domain/workflow/content-hash';
import { qaWindowOpen } from '../../domain/workflow/sign-off-rules';
import { qaStatus, type AgencyQaStatus } from '../../domain/workflow/sign-off-status';
import { stageLabel } from '../../domain/workflow/stage-chain';
import { formatRoute } from '../routing/route';
import { ChangesSinceSigning } from './changes-since-signing';
import { DecisionForm } from './decision-form';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';
import { SlotTable } from './slot-table';

/** Each agency's QA of its own actions: the status list for everyone, the decision for its QA lead. */
export function AgencyQaSection({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const statuses = qaStatus(view.governance, view.snapshot);
  const agencies = view.snapshot.plan.agencies;
  return (
    <section className={styles.section} aria-labelledby="qa-heading">
      <Text as="h3" id="qa-heading" size={400} weight="semibold">
        Agency quality assurance
      </Text>
      {view.me?.role === 'agency-qa-lead' && view.me.agency && (
        <YourAgency view={view} agency={view.me.agency} statuses={statuses} />
      )}
      {statuses.length === 0 ? (
        <Text>No agency leads any actions yet.</Text>
      ) : (
        <SlotTable
          caption="Agency QA status"
          whoHeader="Agency"
          rows={statuses.map((s) => ({ key: s.agency, label: agencyLabel(agencies, s.agency), status: s }))}
        />
      )}
      {view.governance.qaOverrides.map((o) => (
        <Text key={o.id}>
          QA overridden by {o.by.name} on {whenText(o.at)}, without{' '}
          {o.outstanding.map((a) => agencyLabel(agencies, a)).join(', ')}: {o.reason}
        </Text>
      ))}
    </section>
  );
}

function YourAgency({
  view,
  agency,
  statuses,
}: {
  view: GovernanceView;
  agency: string;
  statuses: readonly AgencyQaStatus[];
}) {
  const styles = useGovernanceStyles();
  const name = agencyLabel(view.snapshot.plan.agencies, agency);
  const headingId = 'qa-yours-heading';
  if (!agenciesWithActions(view.snapshot).includes(agency)) {
    return <Text>{name} leads no actions in this plan, so there is nothing for you to assure.</Text>;
  }
  const status = statuses.find((s) => s.agency === agency);
  const actions = view.snapshot.actions.filter((a) => a.leadAgency === agency);
  const open = qaWindowOpen(view.governance);
  return (
    <section className={styles.yours} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold">
        {name} actions for you to assure ({actions.length})
      </Text>
      <ul className={styles.list}>
        {actions.map((a) => (
          <li key={a.id}>
            <Link href={formatRoute({ name: 'plan', planId: a.planId, actionId: a.id })}>{a.title}</Link>
          </li>
        ))}
      </ul>
      {status?.latest && status.state !== 'approved' && status.state !== 'returned' && (
        <ChangesSinceSigning signOff={status.latest} view={view} />
      )}
      {status?.state === 'approved' && status.latest ? (
        <Text>
          You approved these actions on {whenText(status.latest.at)}. If they change, you will be asked to look again.
        </Text>
      ) : open ? (
        <DecisionForm
          commentLabel={`Comment on ${name} actions`}
          approveLabel={`Approve ${name} actions`}
          returnLabel={`Return ${name} actions`}
          eventFor={(decision, comment) => ({
            type: decision === 'approve' ? 'qa-approve' : 'qa-return',
            agency,
            comment,
            contentHash: contentHashForAgency(view.snapshot, agency),
          })}
          successFor={(d) =>
            d === 'approve' ? `${name} actions approved.` : `${name} actions returned to their owners.`
          }
        />
      ) : (
        <Text>Agency QA is not open: the plan is at {stageLabel(view.governance.chain, view.governance.stage)}.</Text>
      )}
    </section>
  );
}
