import { Button, Subtitle1, makeStyles } from '@fluentui/react-components';
import type { StoreApi } from 'zustand/vanilla';
import type { ConfigureTabState } from '../../state/configure-tab-store';
import type { SiteSetupState, SiteSetupStatus } from '../../state/site-setup-store';
import { SetupRunner } from '../site-setup/setup-runner';
import { SetupSummary } from '../site-setup/setup-summary';
import { SiteOwnersToAsk } from './site-owners-to-ask';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  section: stack('M', 'flex-start'),
});

/**
 * A site without the plan lists (or on an older schema): a site owner sets it up here, with the
 * same steps as the tab's "Set up this site"; anyone else is told who can, and checks again after.
 */
export function SetUpFirst(props: {
  siteSetup: StoreApi<SiteSetupState>;
  configure: StoreApi<ConfigureTabState>;
  site: SiteSetupStatus;
}) {
  const styles = useStyles();
  const { site } = props;
  const heading = site.state === 'not-set-up' ? 'Set up this site first' : 'Upgrade this site first';
  return (
    <section className={styles.section} aria-labelledby="configure-setup-heading">
      <Subtitle1 as="h2" id="configure-setup-heading">
        {heading}
      </Subtitle1>
      <SetupSummary site={site} />
      {site.access.kind === 'member' ? (
        <>
          <SiteOwnersToAsk configure={props.configure} site={site} />
          <Button onClick={() => void props.siteSetup.getState().inspect()}>Check the site again</Button>
        </>
      ) : (
        <SetupRunner store={props.siteSetup} site={site} />
      )}
    </section>
  );
}
