import { Text } from '@fluentui/react-components';
import { ROLE_LABEL } from '../../domain/member';
import { EXECUTIVE_ROLES, executiveStatus, partnerStatus } from '../../domain/workflow/sign-off-status';
import { firstStageOfKind, labelOf, stageIndex } from '../../domain/workflow/stage-chain';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { SignerBox } from './signer-box';
import { SlotTable } from './slot-table';

/** Why a signer has nothing to sign: their stage is still to come, or has passed. */
function closedText(view: GovernanceView, kind: 'partnership-approval' | 'executive-sign-off'): string {
  const g = view.governance;
  const stage = firstStageOfKind(g.chain, kind);
  const here = stageDisplayLabel(g, g.stage);
  if (!stage) return 'This plan’s governance skips this sign-off.';
  return stageIndex(g.chain, g.stage) < stageIndex(g.chain, stage.key)
    ? `Nothing for you to sign yet. The plan comes to you at ${labelOf(stage)}; it is now at ${here}.`
    : `${labelOf(stage)} is over; the plan is now at ${here}.`;
}

/** Each safeguarding partner approves the whole plan, or returns it for amendment. */
export function PartnerApprovals({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const statuses = partnerStatus(view.governance, view.snapshot);
  const mine = statuses.find((s) => s.member.userId === view.me?.userId);
  return (
    <section className={styles.section} aria-labelledby="partners-heading">
      <Text as="h3" id="partners-heading" size={400} weight="semibold">
        Partnership approval
      </Text>
      {mine && (
        <SignerBox
          view={view}
          headingId="partners-yours-heading"
          heading="Your approval as a safeguarding partner"
          status={mine}
          open={view.governance.stage === 'partnership-approval'}
          closedText={closedText(view, 'partnership-approval')}
        />
      )}
      {statuses.length === 0 ? (
        <Text>
          No safeguarding partners are members of this plan yet; a plan admin adds them under Agencies and people.
        </Text>
      ) : (
        <SlotTable
          caption="Safeguarding partners’ approvals"
          whoHeader="Partner"
          rows={statuses.map((s) => ({ key: s.member.id, label: s.member.displayName, status: s }))}
        />
      )}
    </section>
  );
}

/** The Lead Member and the Chief Executive sign the plan off after the partners approve it. */
export function ExecutiveSignOff({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const statuses = executiveStatus(view.governance, view.snapshot);
  const mine =
    view.me && EXECUTIVE_ROLES.includes(view.me.role) ? statuses.find((s) => s.role === view.me?.role) : undefined;
  return (
    <section className={styles.section} aria-labelledby="executives-heading">
      <Text as="h3" id="executives-heading" size={400} weight="semibold">
        Lead Member and Chief Executive sign-off
      </Text>
      {mine && (
        <SignerBox
          view={view}
          headingId="executives-yours-heading"
          heading={`Your sign-off as ${ROLE_LABEL[mine.role]}`}
          status={mine}
          open={view.governance.stage === 'executive-sign-off'}
          closedText={closedText(view, 'executive-sign-off')}
        />
      )}
      <SlotTable
        caption="Executive sign-off"
        whoHeader="Role"
        rows={statuses.map((s) => ({ key: s.role, label: ROLE_LABEL[s.role], status: s }))}
      />
    </section>
  );
}
