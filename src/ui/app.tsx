import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { AppServicesContext, useServices, type AppServices } from './app-services';
import { PlanPage } from './plan/plan-page';
import { PlanListPage } from './plans/plan-list-page';
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
  return (
    <div className={styles.root}>
      <AppHeader route={route} navigate={navigate} />
      <main className={styles.main}>
        {route.name === 'plans' ? <PlanListPage navigate={navigate} /> : <PlanPage route={route} navigate={navigate} />}
      </main>
    </div>
  );
}
