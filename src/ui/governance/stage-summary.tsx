import { Text } from '@fluentui/react-components';
import { agencyLabel } from '../../domain/agency';
import { ROLE_LABEL } from '../../domain/member';
import { executiveStatus, isApproved, partnerStatus, qaStatus } from '../../domain/workflow/sign-off-status';
import { labelOf, stageOf } from '../../domain/workflow/stage-chain';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { describePrincipal } from './principal-form';

const list = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'no one');

/** What the plan is waiting for at its current stage, in one sentence. */
function waitingFor(view: GovernanceView): string {
  const { governance: g, snapshot } = view;
  const stage = stageOf(g.chain, g.stage);
  switch (stage?.kind) {
    case 'drafting':
      return 'Partners are writing their actions. A plan admin opens agency QA when they are ready.';
    case 'agency-qa': {
      const waiting = qaStatus(g, snapshot).filter((s) => !isApproved(s));
      return `Each agency’s QA lead approves its actions. Waiting for: ${list(waiting.map((s) => agencyLabel(snapshot.plan.agencies, s.agency)))}.`;
    }
    case 'collation':
      return 'The DCS is collating the partners’ actions into one draft.';
    case 'review':
      return 'The partnership is reviewing the draft: comment below on the plan, a finding or an action.';
    case 'amendments':
      return 'The draft is being amended in answer to the review.';
    case 'partnership-approval': {
      const waiting = partnerStatus(g, snapshot).filter((s) => !isApproved(s));
      return `Each safeguarding partner approves the plan. Waiting for: ${list(waiting.map((s) => s.member.displayName))}.`;
    }
    case 'executive-sign-off': {
      const waiting = executiveStatus(g, snapshot).filter((s) => !isApproved(s));
      return `The Lead Member and the Chief Executive sign the plan off. Waiting for: ${list(waiting.map((s) => ROLE_LABEL[s.role]))}.`;
    }
    case 'meeting':
      return `${labelOf(stage)} considers the plan; a plan admin records its decision and moves the plan on.`;
    case 'submission':
      return `The plan is signed off and ready to submit: ${describePrincipal(g.principal, view)} sends it to Ofsted and records the submission here.`;
    case 'monitoring':
      return 'The plan has been submitted. The partnership monitors delivery; changes are recorded as revisions.';
    default:
      return 'The plan is closed.';
  }
}

/** The stage the plan is at, where that sits in the chain, and what it waits for. */
export function StageSummary({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const { chain, stage } = view.governance;
  const active = chain.filter((s) => !s.skipped);
  const position = active.findIndex((s) => s.key === stage) + 1;
  const label = stageDisplayLabel(view.governance, stage);
  return (
    <section className={styles.yours} aria-labelledby="current-stage-heading">
      <Text as="h3" id="current-stage-heading" size={500} weight="semibold">
        Current stage: {label}
      </Text>
      <Text>
        Stage {position} of {active.length}. {waitingFor(view)}
      </Text>
    </section>
  );
}
