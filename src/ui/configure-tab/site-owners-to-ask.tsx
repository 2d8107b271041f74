import { Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ConfigureTabState } from '../../state/configure-tab-store';
import type { SiteSetupStatus } from '../../state/site-setup-store';
import { useStore } from '../common/use-store';
import { AskAnOwner } from '../site-setup/ask-an-owner';

const useStyles = makeStyles({
  owners: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** For someone who may not set the site up: how to get it done, and the site's owners by name where SharePoint says. */
export function SiteOwnersToAsk(props: { configure: StoreApi<ConfigureTabState>; site: SiteSetupStatus }) {
  const styles = useStyles();
  const owners = useStore(props.configure, (s) => s.owners);
  useEffect(() => {
    if (props.configure.getState().owners.status === 'idle') void props.configure.getState().loadOwners();
  }, [props.configure]);
  return (
    <>
      <AskAnOwner site={props.site} />
      {owners.status === 'loading' && <Spinner size="tiny" label="Looking up the site’s owners…" />}
      {owners.status === 'ready' && owners.owners.length > 0 && (
        <section aria-labelledby="configure-site-owners-heading">
          <Text as="h3" weight="semibold" id="configure-site-owners-heading">
            The site’s owners
          </Text>
          <ul className={styles.owners}>
            {owners.owners.map((owner) => (
              <li key={`${owner.name} ${owner.email ?? ''}`}>
                {owner.name}
                {owner.email && (
                  <>
                    {' '}
                    (<Link href={`mailto:${owner.email}`}>{owner.email}</Link>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Text as="p">
        Once the site is set up, check again here to choose a plan for this tab, or close this and add the tab again.
      </Text>
    </>
  );
}
