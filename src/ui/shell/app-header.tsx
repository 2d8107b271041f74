import { Button, Select, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import {
  ChevronDownRegular,
  ChevronUpRegular,
  DismissRegular,
  NavigationRegular,
  PersonRegular,
} from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { Plan } from '../../domain/plan';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { InboxButton } from '../inbox/inbox-button';
import { formatRoute, type Route } from '../routing/route';
import { THEME_LABEL, isThemeName } from '../theme/fluent-themes';
import { THEME_NAMES, type ThemeName } from '../theme/theme-preference';
import { row, stack } from '../common/stack';
import { useNarrowWindow } from '../theme/narrow-window';
import { useDisclosure } from '../common/use-disclosure';
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
  /** What the person's button folds away, on a line of its own under the header's first. */
  panel: {
    ...row('L'),
    justifyContent: 'flex-end',
    flexBasis: '100%',
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXS,
  },
  /** On a phone the panel also holds the plan switcher: one above another. */
  narrowPanel: { ...stack('M', 'flex-start'), justifyContent: 'flex-start', paddingBottom: tokens.spacingVerticalS },
  chevron: { marginLeft: tokens.spacingHorizontalXS },
  /** `hidden` alone loses to the panel's `display: flex`. */
  folded: { display: 'none' },
});

/**
 * The app's header: the way home, the plan switcher, the inbox, and a button with the person's name
 * that shows who they are signed in as, the theme and (locally) "Switch person". On a phone the
 * button is "Menu" and also holds the plan switcher, so the header is one line.
 */
export function AppHeader(props: { route: Route; navigate: (route: Route) => void }) {
  const styles = useStyles();
  const narrow = useNarrowWindow();
  const disclosure = useDisclosure('header-panel');
  // Going somewhere else (a plan, the inbox, a link) folds the panel away.
  const where = formatRoute(props.route);
  const { close } = disclosure;
  useEffect(close, [where, close]);
  const { user, planList, switchPerson, theme, setTheme } = useServices();
  const plans = useStore(planList, (s) => s.plans);
  const currentPlanId = 'planId' in props.route ? props.route.planId : undefined;
  // A directory entry may have no job title or organisation.
  const role = [user.jobTitle, user.organisation].filter(Boolean).join(', ');
  const planSwitcher = (
    <PlanSwitcher
      plans={plans.filter((plan) => !plan.archived)}
      currentPlanId={currentPlanId}
      onOpen={(planId) => props.navigate({ name: 'plan', planId })}
    />
  );
  return (
    <header className={mergeClasses(styles.header, narrow && styles.narrow)}>
      <a href="#/plans" className={styles.product}>
        JTAI Action Plan
      </a>
      {!narrow && planSwitcher}
      <span className={styles.spacer} />
      <InboxButton compact={narrow} />
      {narrow ? (
        <Button
          appearance="subtle"
          icon={disclosure.open ? <DismissRegular /> : <NavigationRegular />}
          aria-label="Menu"
          {...disclosure.button}
        />
      ) : (
        <Button
          appearance="subtle"
          icon={<PersonRegular />}
          aria-label={`${user.displayName}: who you are signed in as, and the theme`}
          {...disclosure.button}
        >
          {user.displayName}
          {disclosure.open ? (
            <ChevronUpRegular className={styles.chevron} />
          ) : (
            <ChevronDownRegular className={styles.chevron} />
          )}
        </Button>
      )}
      <div
        {...disclosure.panel}
        className={mergeClasses(styles.panel, narrow && styles.narrowPanel, !disclosure.open && styles.folded)}
      >
        {narrow && planSwitcher}
        <Text>
          Signed in as <Text weight="semibold">{user.displayName}</Text>
          {role && `, ${role}`}
        </Text>
        <ThemeSwitcher theme={theme} onChange={setTheme} />
        {switchPerson && (
          <Button appearance="secondary" onClick={switchPerson}>
            Switch person
          </Button>
        )}
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
