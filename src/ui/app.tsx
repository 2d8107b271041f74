import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useRef } from 'react';
import { AppServicesContext, useServices, type AppServices } from './app-services';
import { LetterImportRoute } from './letter-import/letter-import-route';
import { PlanListPage } from './plans/plan-list-page';
import type { Route } from './routing/route';
import { useStore } from './common/use-store';
import { useRoute } from './routing/use-route';
import { AppHeader } from './shell/app-header';
import { useFluentTheme } from './theme/fluent-themes';
import { useReflowStyles } from './theme/reflow-styles';

/** The plan screens (dialogs, grid, settings) load after the first view. */
const PlanScreens = lazy(() =>
  import(/* webpackChunkName: "plan" */ './plan-screens').then((m) => ({ default: m.PlanScreens })),
);

/** The inbox loads when it is opened. */
const InboxPage = lazy(() => import(/* webpackChunkName: "inbox" */ './inbox/inbox-page'));

/** Keeps dialogs from leaving the page hidden when the address changes under them; loads after the first view. */
const LastingModalizer = lazy(() => import(/* webpackChunkName: "modalizer" */ './common/lasting-modalizer'));

/** "Set up this site" is opened once per site, so it loads only then. */
const SiteSetupPage = lazy(() =>
  import(/* webpackChunkName: "site-setup" */ './site-setup/site-setup-page').then((m) => ({
    default: m.SiteSetupPage,
  })),
);

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1400px', margin: '0 auto' },
});

export function App({ services }: { services: AppServices }) {
  return (
    <FluentProvider theme={useFluentTheme(services.theme)} lang="en-GB">
      <AppServicesContext.Provider value={services}>
        <Shell />
      </AppServicesContext.Provider>
    </FluentProvider>
  );
}

function Shell() {
  useReflowStyles();
  const styles = useStyles();
  const [route, navigate] = useRoute();
  const { planList } = useServices();
  useEffect(() => {
    void planList.getState().refresh();
  }, [planList]);
  useLandOwnersOnTheirActions(route, navigate);
  return (
    <div className={styles.root}>
      <Suspense fallback={null}>
        <LastingModalizer />
      </Suspense>
      <AppHeader route={route} navigate={navigate} />
      <main className={styles.main}>
        {route.name === 'plans' ? (
          <PlanListPage navigate={navigate} />
        ) : route.name === 'new-plan' ? (
          <LetterImportRoute navigate={navigate} />
        ) : route.name === 'inbox' ? (
          <Suspense fallback={<Spinner label="Loading your inbox…" />}>
            <InboxPage />
          </Suspense>
        ) : route.name === 'site-setup' ? (
          <Suspense fallback={<Spinner label="Checking the site…" />}>
            <SiteSetupPage navigate={navigate} />
          </Suspense>
        ) : (
          <Suspense fallback={<Spinner label="Loading the plan…" />}>
            <PlanScreens route={route} navigate={navigate} />
          </Suspense>
        )}
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
    if (
      route.name === 'plans' &&
      !window.location.hash &&
      only &&
      (only.role === 'agency-owner' || only.role === 'agency-qa-lead')
    ) {
      navigate({ name: 'my-actions', planId: only.planId });
    }
  }, [memberships, route, navigate]);
}
