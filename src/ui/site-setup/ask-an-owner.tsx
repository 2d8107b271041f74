import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SiteSetupStatus } from '../../state/site-setup-store';

/** For someone who may not set the site up: who can, and how to reach them. */
export function AskAnOwner({ site }: { site: SiteSetupStatus }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Ask a site owner to set up this site</MessageBarTitle>
        Only an owner of the team’s site can {site.state === 'not-set-up' ? 'set it up' : 'upgrade it'}. In Teams, open
        the team’s name, then Manage team, then Members and guests: the owners are listed there. Ask one of them to open
        JTAI Action Plan in this team and choose “
        {site.state === 'not-set-up' ? 'Set up this site' : 'Upgrade this site'}”. The site is{' '}
        <Link href={site.siteUrl} target="_blank" rel="noreferrer">
          {site.siteUrl}
        </Link>
        .
      </MessageBarBody>
    </MessageBar>
  );
}
