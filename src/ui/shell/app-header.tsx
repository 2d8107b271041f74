import { Button, Select, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Plan } from '../../domain/plan';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { InboxButton } from '../inbox/inbox-button';
import type { Route } from '../routing/route';
import { THEME_LABEL, isThemeName } from '../theme/fluent-themes';
import { THEME_NAMES, type ThemeName } from '../theme/theme-preference';
import { row, stack } from '../common/stack';
import { useNarrowWindow } from '../theme/narrow-window';
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
  /** A phone's header: one line, its controls a small gap apart. */
  narrow: { columnGap: tokens.spacingHorizontalS },
  spacer: { flexGrow: 1 },
  labelled: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  /** A long plan title shrinks with a narrow window (a phone) rather than running off it. */
  shrinks: { minWidth: 0 },
  person: { display: 'flex', flexDirection: 'column', lineHeight: tokens.lineHeightBase200 },
  /** On a narrow window: the plan switcher, theme and person, folded under "Menu" on a line of their own. */
  menu: { ...stack('M', 'flex-start'), flexBasis: '100%', minWidth: 0, paddingBottom: tokens.spacingVerticalS },
  /** `hidden` alone loses to the menu's `display: flex`. */
  folded: { display: 'none' },
});

export function AppHeader(props: { route: Route; navigate: (route: Route) => void }) {
  const styles = useStyles();
  const narrow = useNarrowWindow();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId('header-menu');
  const { user, planList, switchPerson, theme, setTheme } = useServices();
  const plans = useStore(planList, (s) => s.plans);
  const currentPlanId = 'planId' in props.route ? props.route.planId : undefined;
  const planSwitcher = (
    <PlanSwitcher
      plans={plans.filter((plan) => !plan.archived)}
      currentPlanId={currentPlanId}
      onOpen={(planId) => {
        setMenuOpen(false);
        props.navigate({ name: 'plan', planId });
      }}
    />
  );
  const settings = (
    <>
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
    </>
  );
  const product = (
    <a href="#/plans" className={styles.product}>
      JTAI Action Plan
    </a>
  );
  if (!narrow) {
    return (
      <header className={styles.header}>
        {product}
        {planSwitcher}
        <span className={styles.spacer} />
        <InboxButton />
        {settings}
      </header>
    );
  }
  return (
    <header className={mergeClasses(styles.header, styles.narrow)}>
      {product}
      <span className={styles.spacer} />
      <InboxButton compact />
      <Button
        appearance="subtle"
        icon={menuOpen ? <DismissRegular /> : <NavigationRegular />}
        aria-label="Menu"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
      />
      <div id={menuId} className={mergeClasses(styles.menu, !menuOpen && styles.folded)} hidden={!menuOpen}>
        {planSwitcher}
        {settings}
      </div>
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
