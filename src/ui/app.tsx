import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { AppServicesContext, useServices, type AppServices } from './app-services';
import { PlanPage } from './plan/plan-page';
import { PlanListPage } from './plans/plan-list-page';
import type { Route } from './routing/route';
import { useStore } from './common/use-store';
import { useRoute } from './routing/use-route';
import { AppHeader } from './shell/app-header';
import { FLUENT_THEMES } from './theme/fluent-themes';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1400px', margin: '0 auto' },
});

export function App({ services }: { services: AppServices }) {
  return (
    <FluentProvider theme={FLUENT_THEMES[services.theme]} lang="en-GB">
      <AppServicesContext.Provider value={services}>
        <Shell />
      </AppServicesContext.Provider>
    </FluentProvider>
  );
}

function Shell() {
  const styles = useStyles();
  const [route, navigate] = useRoute();
  const { planList } = useServices();
  useEffect(() => {
    void planList.getState().refresh();
  }, [planList]);
  useLandOwnersOnTheirActions(route, navigate);
  return (
    <div className={styles.root}>
      <AppHeader route={route} navigate={navigate} />
      <main className={styles.main}>
        {route.name === 'plans' ? <PlanListPage navigate={navigate} /> : <PlanPage route={route} navigate={navigate} />}
      </main>
    </div>
  );
}

/** A partner owner or QA lead with one plan starts on their agency's actions, not the plan list. */
function useLandOwnersOnTheirActions(route: Route, navigate: (route: Route) => void) {
  const { planList } = useServices();
  const memberships = useStore(planList, (s) => s.memberships);
  const landed = useRef(false);
  useEffect(() => {
    if (landed.current || memberships.length === 0) return;
    landed.current = true;
    const only = memberships.length === 1 ? memberships[0] : undefined;
    if (route.name === 'plans' && !window.location.hash && only && (only.role === 'agency-owner' || only.role === 'agency-qa-lead')) {
      navigate({ name: 'my-actions', planId: only.planId });
    }
  }, [memberships, route, navigate]);
}
