import { Button, Spinner, Title2, makeStyles } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { useStore } from '../common/use-store';
import type { Route } from '../routing/route';
import { AskAnOwner } from './ask-an-owner';
import { ReapplyPermissions } from './reapply-permissions';
import { SetupRunner } from './setup-runner';
import { SetupSummary } from './setup-summary';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  page: { ...stack('L'), maxWidth: '60rem' },
  action: { alignSelf: 'flex-start' },
});

/** "Set up this site": what the site lacks, and (for a site owner) the button that adds it. */
export function SiteSetupPage({ navigate }: { navigate: (route: Route) => void }) {
  const { siteSetup, planList } = useServices();
  if (!siteSetup) {
    return (
      <ProblemBar
        title="Site setup is not available here"
        message="This way of running the app has no access to the site's setup."
      />
    );
  }
  return (
    <SetupContent
      store={siteSetup}
      onFinished={() => {
        void planList.getState().refresh();
        navigate({ name: 'plans' });
      }}
    />
  );
}

function SetupContent(props: {
  store: NonNullable<ReturnType<typeof useServices>['siteSetup']>;
  onFinished: () => void;
}) {
  const styles = useStyles();
  const inspection = useStore(props.store, (s) => s.inspection);
  const { planList } = useServices();
  useEffect(() => {
    if (props.store.getState().inspection.status === 'idle') void props.store.getState().inspect();
  }, [props.store]);
  const ready = inspection.status === 'ready' && inspection.site.state === 'ready';
  useEffect(() => {
    if (ready) void planList.getState().refresh();
  }, [ready, planList]);
  return (
    <section className={styles.page} aria-labelledby="site-setup-heading">
      <Title2 as="h1" id="site-setup-heading">
        Set up this site
      </Title2>
      {(inspection.status === 'idle' || inspection.status === 'loading') && <Spinner label="Checking the site…" />}
      {inspection.status === 'error' && (
        <ProblemBar
          title="The site could not be checked"
          message={inspection.problem.message}
          onRetry={() => void props.store.getState().inspect()}
        />
      )}
      {inspection.status === 'ready' && (
        <>
          <SetupSummary site={inspection.site} />
          {inspection.site.access.kind === 'member' && inspection.site.changes.length > 0 ? (
            <AskAnOwner site={inspection.site} />
          ) : (
            <SetupRunner store={props.store} site={inspection.site} />
          )}
          {ready && (
            <Button className={styles.action} appearance="primary" onClick={props.onFinished}>
              Go to the plans
            </Button>
          )}
          {ready && inspection.site.permissionsAvailable && (
            <ReapplyPermissions store={props.store} site={inspection.site} />
          )}
        </>
      )}
    </section>
  );
}
