import { Link, Text } from '@fluentui/react-components';
import { agencyLabel, type AgencyKey } from '../../domain/agency';
import { ROLE_LABEL, type Member } from '../../domain/member';
import {
  agenciesAssuredBy,
  isPartnershipQaRole,
  PARTNERSHIP_AGENCY,
  PARTNERSHIP_QA_WHO,
  qaSignersOf,
  type PartnershipQaRole,
} from '../../domain/workflow/agency-qa-signers';
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
import { PartnershipQaForm } from './partnership-qa-form';
import { SlotTable } from './slot-table';

/**
 * Each agency's QA of its own actions: who assures each agency and its status for everyone, the
 * decision for whoever may assure it, and the choice of who assures the partnership's actions
 * for the plan admins.
 */
export function AgencyQaSection({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const statuses = qaStatus(view.governance, view.snapshot);
  const agencies = view.snapshot.plan.agencies;
  const choosesPartnershipQa =
    view.admin && !view.governance.submission && agencies.some((a) => a.key === PARTNERSHIP_AGENCY);
  return (
    <section className={styles.section} aria-labelledby="qa-heading">
      <Text as="h3" id="qa-heading" size={400} weight="semibold">
        Agency quality assurance
      </Text>
      {yourAgencies(view, statuses).map((agency) => (
        <YourAgency key={agency} view={view} agency={agency} statuses={statuses} />
      ))}
      {statuses.length === 0 ? (
        <Text>No agency leads any actions yet.</Text>
      ) : (
        <>
          <WhoAssures view={view} statuses={statuses} canChoose={choosesPartnershipQa} />
          <SlotTable
            caption="Agency QA status"
            whoHeader="Agency"
            rows={statuses.map((s) => ({ key: s.agency, label: agencyLabel(agencies, s.agency), status: s }))}
          />
        </>
      )}
      {choosesPartnershipQa && <PartnershipQaForm view={view} />}
      {view.governance.qaOverrides.map((o) => (
        <Text key={o.id}>
          QA overridden by {o.by.name} on {whenText(o.at)}, without{' '}
          {o.outstanding.map((a) => agencyLabel(agencies, a)).join(', ')}: {o.reason}
        </Text>
      ))}
    </section>
  );
}

/**
 * The agencies whose QA box the signed-in person sees: those leading actions that they may
 * assure, and a QA lead's own agency even when it leads none, so they are told why.
 */
function yourAgencies(view: GovernanceView, statuses: readonly AgencyQaStatus[]): AgencyKey[] {
  const me = view.me;
  if (!me) return [];
  const leading = statuses.map((s) => s.agency);
  const ownAgency = me.role === 'agency-qa-lead' && me.agency && !leading.includes(me.agency) ? [me.agency] : [];
  return agenciesAssuredBy(me, [...ownAgency, ...leading], view.governance.partnershipQaRole);
}

/** The part each person who may assure an agency's actions plays in the plan, after their name. */
const SIGNER_ROLE: Record<PartnershipQaRole, string> = {
  'agency-qa-lead': 'QA lead',
  'improvement-lead': 'improvement lead',
  'plan-admin': 'plan admin',
  'safeguarding-partner': 'safeguarding partner',
};

const signerText = (m: Member) =>
  `${m.displayName} (${isPartnershipQaRole(m.role) ? SIGNER_ROLE[m.role] : ROLE_LABEL[m.role]})`;

/** Who may approve each leading agency's actions, by name, from the plan's members. */
function WhoAssures({
  view,
  statuses,
  canChoose,
}: {
  view: GovernanceView;
  statuses: readonly AgencyQaStatus[];
  /** The signed-in admin can choose who assures the partnership's actions, below the list. */
  canChoose: boolean;
}) {
  const styles = useGovernanceStyles();
  const role = view.governance.partnershipQaRole;
  const missing = (agency: AgencyKey) =>
    agency === PARTNERSHIP_AGENCY
      ? `No one yet: add ${PARTNERSHIP_QA_WHO[role]} to the plan${canChoose ? ', or choose another role below' : ''}.`
      : "No one yet: add the agency's QA lead to the plan.";
  return (
    <div className={styles.column}>
      <Text as="h4" id="qa-who-heading" weight="semibold">
        Who quality-assures each agency’s actions
      </Text>
      <ul className={styles.list} aria-labelledby="qa-who-heading">
        {statuses.map(({ agency }) => {
          const signers = qaSignersOf(view.snapshot.members, agency, role);
          return (
            <li key={agency}>
              {agencyLabel(view.snapshot.plan.agencies, agency)}:{' '}
              {signers.length === 0 ? missing(agency) : signers.map(signerText).join(', ')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function YourAgency({
  view,
  agency,
  statuses,
}: {
  view: GovernanceView;
  agency: AgencyKey;
  statuses: readonly AgencyQaStatus[];
}) {
  const styles = useGovernanceStyles();
  const name = agencyLabel(view.snapshot.plan.agencies, agency);
  const headingId = `qa-yours-heading-${agency}`;
  if (!agenciesWithActions(view.snapshot).includes(agency)) {
    return <Text>{name} leads no actions in this plan, so there is nothing for you to assure.</Text>;
  }
  const status = statuses.find((s) => s.agency === agency);
  const actions = view.snapshot.actions.filter((a) => a.leadAgency === agency);
  const open = qaWindowOpen(view.governance);
  const approvedBy = status?.latest?.userId === view.me?.userId ? 'You' : status?.latest?.name;
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
          {approvedBy} approved these actions on {whenText(status.latest.at)}. If they change, you will be asked to look
          again.
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
