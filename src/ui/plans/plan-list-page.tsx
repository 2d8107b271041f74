import {
  Button,
  Link,
  Spinner,
  TableCell,
  TableRow,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentAddRegular, DocumentRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { formatLongDate, type IsoDate } from '../../domain/dates';
import { deadlineStatus } from '../../domain/deadline-status';
import { ROLE_LABEL, type Member } from '../../domain/member';
import { INSPECTION_TYPE_LABEL, type Plan } from '../../domain/plan';
import { STAGE_LABEL } from '../../domain/workflow/stage-vocabulary';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { usePick } from '../common/use-store';
import { formatRoute, type Route } from '../routing/route';
import { SiteSetupBanner } from '../site-setup/site-setup-banner';
import { row, stack } from '../common/stack';
import { DataTable } from '../common/data-table';

/** The form (and its fields) loads when someone starts a plan without a letter, not with the plan list. */
const NewPlanForm = lazy(() =>
  import(/* webpackChunkName: "new-plan-form" */ './new-plan-form').then((m) => ({ default: m.NewPlanForm })),
);

const useStyles = makeStyles({
  toggle: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, alignSelf: 'flex-start' },
  archived: { color: tokens.colorNeutralForeground2 },
  page: stack('L'),
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  buttons: row('M'),
});

export function PlanListPage(props: { navigate: (route: Route) => void }) {
  const styles = useStyles();
  const { planList, today } = useServices();
  const { load, plans, memberships, stageLabels } = usePick(planList, 'load', 'plans', 'memberships', 'stageLabels');
  const [showArchived, setShowArchived] = useState(false);
  const [starting, setStarting] = useState(false);
  const shown = showArchived ? plans : plans.filter((plan) => !plan.archived);
  return (
    <section className={styles.page} aria-labelledby="plans-heading">
      <div className={styles.heading}>
        <Title2 as="h1" id="plans-heading">
          Action plans
        </Title2>
        {/* Anyone on the site may start a plan; whoever does becomes its plan admin. */}
        <div className={styles.buttons}>
          <Button as="a" href={formatRoute({ name: 'new-plan' })} appearance="primary" icon={<DocumentAddRegular />}>
            New plan from a findings letter
          </Button>
          <Button icon={<DocumentRegular />} aria-expanded={starting} onClick={() => setStarting(!starting)}>
            New plan without a letter
          </Button>
        </div>
      </div>
      {starting && (
        <Suspense fallback={<Spinner label="Opening the form…" />}>
          <NewPlanForm navigate={props.navigate} onCancel={() => setStarting(false)} />
        </Suspense>
      )}
      <label className={styles.toggle}>
        <input
          type="checkbox"
          role="switch"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        Show archived plans
      </label>
      <SiteSetupBanner />
      {load.status === 'loading' && plans.length === 0 && <Spinner label="Loading plans…" />}
      {load.status === 'error' && (
        <ProblemBar
          title="The plans could not be loaded"
          message={load.problem.message}
          onRetry={() => void planList.getState().refresh()}
        />
      )}
      {load.status === 'ready' && plans.length === 0 && <Text>There are no plans on this site yet.</Text>}
      {plans.length > 0 && shown.length === 0 && (
        <Text>Every plan on this site is archived. Turn on “Show archived plans” to see them.</Text>
      )}
      {shown.length > 0 && (
        <PlansTable plans={shown} stageLabels={stageLabels} memberships={memberships} today={today()} />
      )}
    </section>
  );
}

/** The plans shown, one row each, with the person's role in each. */
function PlansTable(props: {
  plans: readonly Plan[];
  stageLabels: Readonly<Record<string, string>>;
  memberships: readonly Member[];
  today: IsoDate;
}) {
  return (
    <DataTable
      label="Action plans"
      columns={['Plan', 'Inspection', 'Letter date', 'Submission deadline', 'Stage', 'Your role']}
    >
      {props.plans.map((plan) => (
        <PlanRow
          key={plan.id}
          plan={plan}
          stage={props.stageLabels[plan.id] ?? STAGE_LABEL[plan.stage]}
          today={props.today}
          role={props.memberships.find((m) => m.planId === plan.id)?.role}
        />
      ))}
    </DataTable>
  );
}

function PlanRow({
  plan,
  stage,
  today,
  role,
}: {
  plan: Plan;
  /** The governance stage in words. */
  stage: string;
  today: ReturnType<ReturnType<typeof useServices>['today']>;
  role: keyof typeof ROLE_LABEL | undefined;
}) {
  const styles = useStyles();
  const deadline = deadlineStatus(plan, today);
  return (
    <TableRow>
      <TableCell>
        <Link href={formatRoute({ name: 'plan', planId: plan.id })}>{plan.title}</Link>
        {plan.archived && (
          <>
            {' '}
            <Text size={200} weight="semibold" className={styles.archived}>
              Archived
            </Text>
          </>
        )}
      </TableCell>
      <TableCell>
        {INSPECTION_TYPE_LABEL[plan.inspectionType]}
        {plan.theme ? `: ${plan.theme}` : ''}
      </TableCell>
      <TableCell>{plan.letterDate ? formatLongDate(plan.letterDate) : 'Not set'}</TableCell>
      <TableCell>{deadline ? formatLongDate(deadline.deadline) : 'Not set'}</TableCell>
      <TableCell>{stage}</TableCell>
      <TableCell>{role ? ROLE_LABEL[role] : 'Reader'}</TableCell>
    </TableRow>
  );
}
