import { makeStyles, tokens } from '@fluentui/react-components';
import { row } from '../common/stack';
import { formatRoute, type PlanViewName, type Route } from '../routing/route';

const useStyles = makeStyles({
  nav: {
    ...row('L'),
    rowGap: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    ':hover': { borderBottomColor: tokens.colorNeutralStroke1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { borderBottomColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
});

/** The plan's views, as links so each has an address. */
export function PlanTabs({ route, admin }: { route: Extract<Route, { name: PlanViewName }>; admin: boolean }) {
  const styles = useStyles();
  const tabs = [
    { name: 'plan' as const, label: 'Findings and actions' },
    { name: 'my-actions' as const, label: 'My actions' },
    { name: 'grid' as const, label: 'All actions' },
    { name: 'governance' as const, label: 'Governance' },
    { name: 'submission' as const, label: 'Submission' },
    { name: 'dashboard' as const, label: 'Dashboard' },
    ...(admin ? [{ name: 'settings' as const, label: 'Agencies and people' }] : []),
  ];
  return (
    <nav className={styles.nav} aria-label="Plan views">
      {tabs.map((tab) => (
        <a
          key={tab.name}
          href={formatRoute({ name: tab.name, planId: route.planId })}
          className={`${styles.link} ${route.name === tab.name ? styles.current : ''}`}
          aria-current={route.name === tab.name ? 'page' : undefined}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
