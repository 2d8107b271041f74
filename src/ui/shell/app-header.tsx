import {
  Button,
  Dropdown,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Persona,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import type { Plan } from '../../domain/plan';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import type { Route } from '../routing/route';
import { FLUENT_THEMES, THEME_LABEL } from '../theme/fluent-themes';
import { THEME_NAMES, type ThemeName } from '../theme/theme-preference';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
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
});

export function AppHeader(props: { route: Route; navigate: (route: Route) => void }) {
  const styles = useStyles();
  const { user, planList, switchPerson, theme, setTheme } = useServices();
  const plans = useStore(planList, (s) => s.plans);
  const membership = useStore(planList, (s) => s.memberships);
  const currentPlanId = props.route.name === 'plan' ? props.route.planId : undefined;
  const role = membership.find((m) => m.planId === currentPlanId)?.jobTitle ?? user.jobTitle;
  return (
    <header className={styles.header}>
      <a href="#/plans" className={styles.product}>
        JTAI Action Plan
      </a>
      <PlanSwitcher
        plans={plans}
        currentPlanId={currentPlanId}
        onOpen={(planId) => props.navigate({ name: 'plan', planId })}
      />
      <span className={styles.spacer} />
      <ThemeMenu theme={theme} onChange={setTheme} />
      <Persona name={user.displayName} secondaryText={`${role}, ${user.organisation}`} size="small" />
      {switchPerson && (
        <Button appearance="secondary" onClick={switchPerson}>
          Switch person
        </Button>
      )}
    </header>
  );
}

function PlanSwitcher(props: {
  plans: readonly Plan[];
  currentPlanId: string | undefined;
  onOpen: (id: Plan['id']) => void;
}) {
  const current = props.plans.find((p) => p.id === props.currentPlanId);
  if (props.plans.length === 0) return null;
  return (
    <Dropdown
      aria-label="Switch plan"
      placeholder="Open a plan"
      value={current?.title ?? ''}
      selectedOptions={current ? [current.id] : []}
      onOptionSelect={(_e, data) => data.optionValue && props.onOpen(data.optionValue as Plan['id'])}
    >
      {props.plans.map((plan) => (
        <Option key={plan.id} value={plan.id}>
          {plan.title}
        </Option>
      ))}
    </Dropdown>
  );
}

function ThemeMenu(props: { theme: ThemeName; onChange: (theme: ThemeName) => void }) {
  return (
    <Menu
      checkedValues={{ theme: [props.theme] }}
      onCheckedValueChange={(_e, data) => {
        const next = data.checkedItems[0] as ThemeName | undefined;
        if (next && next in FLUENT_THEMES) props.onChange(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<DarkThemeRegular />}>
          Theme: {THEME_LABEL[props.theme]}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_NAMES.map((name) => (
            <MenuItemRadio key={name} name="theme" value={name}>
              {THEME_LABEL[name]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
