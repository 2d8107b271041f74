import { MessageBar, MessageBarBody, MessageBarTitle, Title2, makeStyles } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/dates';
import { deadlineStatus } from '../../domain/deadline-status';
import { INSPECTION_TYPE_LABEL, type Plan } from '../../domain/plan';
import { STAGE_LABEL } from '../../domain/workflow/stage-vocabulary';
import type { Governance } from '../../domain/workflow/governance';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { useServices } from '../app-services';
import { FactList, type Fact } from '../common/fact-list';
import { useNarrowWindow } from '../theme/narrow-window';
import { useDisclosure } from '../common/use-disclosure';
import { DisclosureButton } from '../common/disclosure-button';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  header: stack('M'),
  folded: stack('XS', 'flex-start'),
});

/** The plan's facts and deadline; the stage is the governance chain's own (so an added stage shows its name). */
export function PlanHeader({ plan, governance }: { plan: Plan; governance: Governance | null }) {
  const styles = useStyles();
  const narrow = useNarrowWindow();
  const facts: Fact[] = [
    ['Inspection', `${INSPECTION_TYPE_LABEL[plan.inspectionType]}${plan.theme ? `: ${plan.theme}` : ''}`],
    ['Area', plan.area],
    ['Letter date', plan.letterDate ? formatLongDate(plan.letterDate) : 'Not set'],
    [
      'Fieldwork',
      plan.fieldwork
        ? `${formatLongDate(plan.fieldwork.start)} to ${formatLongDate(plan.fieldwork.end)}`
        : 'Not recorded',
    ],
    ['Submitted by', plan.principalAuthority || 'Not set'],
    ['Stage', governance ? stageDisplayLabel(governance, governance.stage) : STAGE_LABEL[plan.stage]],
  ];
  return (
    <section className={styles.header} aria-labelledby="plan-title">
      <Title2 as="h1" id="plan-title">
        {plan.title}
      </Title2>
      <DeadlineBanner plan={plan} governance={governance} />
      {narrow ? <FoldedFacts facts={facts} shown="Stage" /> : <FactList facts={facts} />}
    </section>
  );
}

/** On a narrow window: one fact, and a button that shows the rest (so a phone reaches the plan's views sooner). */
function FoldedFacts({ facts, shown }: { facts: readonly Fact[]; shown: string }) {
  const styles = useStyles();
  const details = useDisclosure('plan-details');
  return (
    <div className={styles.folded}>
      <div id={details.panel.id}>
        <FactList facts={details.open ? facts : facts.filter(([term]) => term === shown)} />
      </div>
      <DisclosureButton disclosure={details}>Plan details</DisclosureButton>
    </div>
  );
}

function DeadlineBanner({ plan, governance }: { plan: Plan; governance: Governance | null }) {
  const { today } = useServices();
  const status = deadlineStatus(plan, today());
  if (!status) return null;
  const left = status.workingDaysLeft;
  const when =
    left > 0
      ? `${left} working day${left === 1 ? '' : 's'} left`
      : left === 0
        ? 'due today'
        : `passed ${-left} working day${left === -1 ? '' : 's'} ago`;
  const submission = governance?.submission ?? null;
  const submitted = submission !== null || plan.stage === 'monitoring' || plan.stage === 'closed';
  return (
    <MessageBar intent={submitted ? 'success' : left < 10 ? 'warning' : 'info'}>
      <MessageBarBody>
        <MessageBarTitle>Written statement of action due {formatLongDate(status.deadline)}</MessageBarTitle>
        {submission
          ? `Submitted to Ofsted on ${formatLongDate(submission.date)}.`
          : submitted
            ? 'Submitted to Ofsted.'
            : `${when}.`}
        {status.source === 'computed' && ' Computed as 70 working days after the letter; the letter printed no date.'}
        {status.mismatch &&
          ` The letter's date differs from the 70-working-day count (${formatLongDate(status.computed)}); the printed date applies.`}
      </MessageBarBody>
    </MessageBar>
  );
}
