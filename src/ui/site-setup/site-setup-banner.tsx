import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { formatRoute } from '../routing/route';

const SETUP_HREF = formatRoute({ name: 'site-setup' });

/** On the plan list: the site needs setting up, a background permission sync failed, or the way to the setup page. */
export function SiteSetupBanner() {
  const { siteSetup, planList } = useServices();
  const memberships = useStore(planList, (s) => s.memberships);
  if (!siteSetup) return null;
  return (
    <Banner
      store={siteSetup}
      administers={memberships.some((m) => m.role === 'plan-admin' || m.role === 'improvement-lead')}
    />
  );
}

function Banner({
  store,
  administers,
}: {
  store: NonNullable<ReturnType<typeof useServices>['siteSetup']>;
  administers: boolean;
}) {
  const inspection = useStore(store, (s) => s.inspection);
  const backgroundProblem = useStore(store, (s) => s.backgroundProblem);
  if (inspection.status !== 'ready') return null;
  const { site } = inspection;
  if (site.state === 'not-set-up' || site.state === 'upgrade-needed') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>This site needs setting up</MessageBarTitle>
          {site.state === 'not-set-up'
            ? 'The plan lists are missing.'
            : `The lists need upgrading to version ${site.appVersion}.`}{' '}
          <Link href={SETUP_HREF}>Open “Set up this site”</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (backgroundProblem) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {backgroundProblem} <Link href={SETUP_HREF}>Re-apply permissions</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (site.access.kind !== 'manager' && !administers) return null;
  return <Link href={SETUP_HREF}>Site setup and permissions</Link>;
}
