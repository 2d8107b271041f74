import { Button, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Plan } from '../../domain/plan';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { InboxButton } from '../inbox/inbox-button';
import type { Route } from '../routing/route';
import { THEME_LABEL, isThemeName } from '../theme/fluent-themes';
import { THEME_NAMES, type ThemeName } from '../theme/theme-preference';
import { row } from '../common/stack';
import { selectOptions, vocabularyOptions } from '../common/choice-options';

const useStyles = makeStyles({
  header: {
    ...row('L'),
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  product: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    color: tokens.colorNeutralForeground1,
  },
  spacer: { flexGrow: 1 },
  labelled: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  /** A long plan title shrinks with a narrow window (a phone) rather than running off it. */
  shrinks: { minWidth: 0 },
  person: { display: 'flex', flexDirection: 'column', lineHeight: tokens.lineHeightBase200 },
});

export function AppHeader(props: { route: Route; navigate: (route: Route) => void }) {
  const styles = useStyles();
  const { user, planList, switchPerson, theme, setTheme } = useServices();
  const plans = useStore(planList, (s) => s.plans);
  const currentPlanId = 'planId' in props.route ? props.route.planId : undefined;
  return (
    <header className={styles.header}>
      <a href="#/plans" className={styles.product}>
        JTAI Action Plan
      </a>
      <PlanSwitcher
        plans={plans.filter((plan) => !plan.archived)}
        currentPlanId={currentPlanId}
        onOpen={(planId) => props.navigate({ name: 'plan', planId })}
      />
      <span className={styles.spacer} />
      <InboxButton />
      <ThemeSwitcher theme={theme} onChange={setTheme} />
      <div className={styles.person}>
        <Text weight="semibold">{user.displayName}</Text>
        <Text size={200}>
          {user.jobTitle}, {user.organisation}
        </Text>
      </div>
      {switchPerson && (
        <Button appearance="secondary" onClick={switchPerson}>
          Switch person
        </Button>
      )}
    </header>
  );
}

/** Lists the plans not archived; an archived plan that is open shows as none chosen. */
function PlanSwitcher(props: {
  plans: readonly Plan[];
  currentPlanId: string | undefined;
  onOpen: (id: Plan['id']) => void;
}) {
  const styles = useStyles();
  const id = useId('plan-switcher');
  if (props.plans.length === 0) return null;
  const current = props.plans.some((plan) => plan.id === props.currentPlanId) ? props.currentPlanId : undefined;
  return (
    <span className={styles.labelled}>
      <label htmlFor={id}>Plan</label>
      <Select
        id={id}
        className={styles.shrinks}
        value={current ?? ''}
        onChange={(_e, d) => d.value && props.onOpen(d.value as Plan['id'])}
      >
        {!current && <option value="">Open a plan…</option>}
        {selectOptions(props.plans, (plan) => [plan.id, plan.title])}
      </Select>
    </span>
  );
}

function ThemeSwitcher(props: { theme: ThemeName; onChange: (theme: ThemeName) => void }) {
  const styles = useStyles();
  const id = useId('theme');
  return (
    <span className={styles.labelled}>
      <label htmlFor={id}>Theme</label>
      <Select id={id} value={props.theme} onChange={(_e, d) => isThemeName(d.value) && props.onChange(d.value)}>
        {vocabularyOptions(THEME_NAMES, THEME_LABEL)}
      </Select>
    </span>
  );
}
