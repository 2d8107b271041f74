import { Text } from '@fluentui/react-components';
import { agencyLabel } from '../../domain/agency';
import { ROLE_LABEL } from '../../domain/member';
import { executiveStatus, isApproved, partnerStatus, qaStatus } from '../../domain/workflow/sign-off-status';
import { labelOf, stageOf, type StageConfig } from '../../domain/workflow/stage-chain';
import type { StageKind } from '../../domain/workflow/stage-vocabulary';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { describePrincipal } from './principal-form';

const list = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'no one');

const CLOSED = 'The plan is closed.';

type Waiting = (view: GovernanceView, stage: StageConfig) => string;

/** What the plan is waiting for at a stage of each kind, in one sentence. */
const WAITING_FOR: Record<StageKind, Waiting> = {
  drafting: () => 'Partners are writing their actions. A plan admin opens agency QA when they are ready.',
  'agency-qa': ({ governance: g, snapshot }) => {
    const waiting = qaStatus(g, snapshot).filter((s) => !isApproved(s));
    return `Each agency’s QA lead approves its actions. Waiting for: ${list(waiting.map((s) => agencyLabel(snapshot.plan.agencies, s.agency)))}.`;
  },
  collation: () => 'The DCS is collating the partners’ actions into one draft.',
  review: () => 'The partnership is reviewing the draft: comment below on the plan, a finding or an action.',
  amendments: () => 'The draft is being amended in answer to the review.',
  'partnership-approval': ({ governance: g, snapshot }) => {
    const waiting = partnerStatus(g, snapshot).filter((s) => !isApproved(s));
    return `Each safeguarding partner approves the plan. Waiting for: ${list(waiting.map((s) => s.member.displayName))}.`;
  },
  'executive-sign-off': ({ governance: g, snapshot }) => {
    const waiting = executiveStatus(g, snapshot).filter((s) => !isApproved(s));
    return `The Lead Member and the Chief Executive sign the plan off. Waiting for: ${list(waiting.map((s) => ROLE_LABEL[s.role]))}.`;
  },
  meeting: (_view, stage) =>
    `${labelOf(stage)} considers the plan; a plan admin records its decision and moves the plan on.`,
  submission: (view) =>
    `The plan is signed off and ready to submit: ${describePrincipal(view.governance.principal, view)} sends it to Ofsted and records the submission here.`,
  monitoring: () =>
    'The plan has been submitted. The partnership monitors delivery; changes are recorded as revisions.',
  closed: () => CLOSED,
};

function waitingFor(view: GovernanceView): string {
  const stage = stageOf(view.governance.chain, view.governance.stage);
  return stage ? WAITING_FOR[stage.kind](view, stage) : CLOSED;
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
